import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLocalOrg } from '../openLocalOrg';

const SOURCE = path.join(__dirname, '..', '..', '..', 'force-app', 'main', 'default');

describe('standard field defaults', () => {
    it('creates a user active when IsActive is not sent, as Salesforce does, and inactive when asked', () => {
        const org = openLocalOrg({
            dbPath: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verity-defaults-')), 'org.sqlite'),
            sourceDir: SOURCE
        });
        try {
            const caller = org.callerForToken(org.users()[0].accessToken)!;
            const { ProfileId } = org.retrieve(caller, 'User', org.users()[1].id, ['ProfileId']);
            const user = (name: string, extra: Record<string, unknown> = {}) =>
                org.create(caller, 'User', {
                    Username: `${name}@verity.local`,
                    LastName: name,
                    Alias: name.slice(0, 8),
                    Email: `${name}@verity.local`,
                    ProfileId,
                    TimeZoneSidKey: 'Europe/London',
                    LocaleSidKey: 'en_GB',
                    LanguageLocaleKey: 'en_US',
                    EmailEncodingKey: 'UTF-8',
                    ...extra
                });
            expect(org.retrieve(caller, 'User', user('active'), ['IsActive']).IsActive).toBe(true);
            expect(org.retrieve(caller, 'User', user('retired', { IsActive: false }), ['IsActive']).IsActive).toBe(
                false
            );
        } finally {
            org.close();
        }
    });
});
