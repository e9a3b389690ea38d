import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { readPackageSchema } from '../../formulas';
import { runSoql } from '../runSoql';
import { accessFor, createTables } from './testOrg';

const SOURCE = path.join(__dirname, '..', '..', '..', 'force-app', 'main', 'default');
const hasPackage = fs.existsSync(path.join(SOURCE, 'objects', 'Assessment__c'));

// The package's own data model (issue 4): every custom object answers a plain query and a count.
const describeWithPackage = hasPackage ? describe : describe.skip;

describeWithPackage('the package data model', () => {
    test('queries every custom object of force-app/main/default', () => {
        const schema = readPackageSchema(SOURCE);
        const db = new Database(':memory:');
        createTables(db, schema);
        db.function('verity_formula', { varargs: true }, () => null);
        const context = { db, schema, apiVersion: '65.0', now: new Date(), includeDeleted: false, access: accessFor() };
        const objects = [...schema.objects.values()].filter((object) => object.isCustom && !object.isCustomMetadata);
        expect(objects.length).toBeGreaterThan(0);
        for (const object of objects) {
            const fields = [...object.fields.values()].map((field) => field.name).join(', ');
            expect(runSoql(`SELECT ${fields} FROM ${object.name} ORDER BY Name LIMIT 5`, context)).toEqual({
                totalSize: 0,
                records: []
            });
            expect(runSoql(`SELECT COUNT() FROM ${object.name}`, context).totalSize).toBe(0);
        }
    });
});
