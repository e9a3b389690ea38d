import { pageReferenceOf, urlOf, type PageReference } from '../pageUrls';

const ORIGIN = 'http://127.0.0.1:9000';

describe('page references and Lightning URLs', () => {
    const pages: [string, PageReference][] = [
        ['/lightning/page/home', { type: 'standard__namedPage', attributes: { pageName: 'home' }, state: {} }],
        [
            '/lightning/o/Assessment__c/list?filterName=My_Assigned_Assessments',
            {
                type: 'standard__objectPage',
                attributes: { objectApiName: 'Assessment__c', actionName: 'list' },
                state: { filterName: 'My_Assigned_Assessments' }
            }
        ],
        [
            '/lightning/o/Dispute__c/home',
            { type: 'standard__objectPage', attributes: { objectApiName: 'Dispute__c', actionName: 'home' }, state: {} }
        ],
        [
            '/lightning/o/Coaching_Task__c/new',
            {
                type: 'standard__objectPage',
                attributes: { objectApiName: 'Coaching_Task__c', actionName: 'new' },
                state: {}
            }
        ],
        [
            '/lightning/r/Case/500000000000001AAA/view',
            {
                type: 'standard__recordPage',
                attributes: { objectApiName: 'Case', recordId: '500000000000001AAA', actionName: 'view' },
                state: {}
            }
        ],
        [
            '/lightning/r/Assessment__c/a01000000000001AAA/edit',
            {
                type: 'standard__recordPage',
                attributes: { objectApiName: 'Assessment__c', recordId: 'a01000000000001AAA', actionName: 'edit' },
                state: {}
            }
        ],
        [
            '/lightning/r/a01000000000001AAA/view',
            {
                type: 'standard__recordPage',
                attributes: { recordId: 'a01000000000001AAA', actionName: 'view' },
                state: {}
            }
        ],
        [
            '/lightning/r/Case/500000000000001AAA/related/Assessments__r/view',
            {
                type: 'standard__recordRelationshipPage',
                attributes: {
                    objectApiName: 'Case',
                    recordId: '500000000000001AAA',
                    relationshipApiName: 'Assessments__r',
                    actionName: 'view'
                },
                state: {}
            }
        ],
        [
            '/lightning/n/QA_Command_Center',
            { type: 'standard__navItemPage', attributes: { apiName: 'QA_Command_Center' }, state: {} }
        ],
        [
            '/lightning/cmp/c__calibrationWorkbench?c__sessionId=a05000000000001AAA',
            {
                type: 'standard__component',
                attributes: { componentName: 'c__calibrationWorkbench' },
                state: { c__sessionId: 'a05000000000001AAA' }
            }
        ],
        [
            '/lightning/app/c__Verity_QA/o/Case/home',
            {
                type: 'standard__app',
                attributes: {
                    appTarget: 'c__Verity_QA',
                    pageRef: {
                        type: 'standard__objectPage',
                        attributes: { objectApiName: 'Case', actionName: 'home' },
                        state: {}
                    }
                },
                state: {}
            }
        ],
        ['/lightning/app/c__Verity_QA', { type: 'standard__app', attributes: { appTarget: 'c__Verity_QA' }, state: {} }]
    ];

    it.each(pages)('%s ↔ its page reference', (url, reference) => {
        expect(pageReferenceOf(url, ORIGIN)).toEqual(reference);
        expect(urlOf(reference)).toBe(url);
    });

    it('reads the preview root and /lightning as Home', () => {
        const home = { type: 'standard__namedPage', attributes: { pageName: 'home' }, state: {} };
        expect(pageReferenceOf('/', ORIGIN)).toEqual(home);
        expect(pageReferenceOf('/lightning', ORIGIN)).toEqual(home);
    });

    it('keeps web pages as their own URL, both ways', () => {
        const reference = { type: 'standard__webPage', attributes: { url: 'https://example.com/help?q=1' } };
        expect(urlOf(reference)).toBe('https://example.com/help?q=1');
        expect(pageReferenceOf('https://example.com/help?q=1', ORIGIN)).toEqual(reference);
        expect(pageReferenceOf('/assets/readme.txt', ORIGIN)).toEqual({
            type: 'standard__webPage',
            attributes: { url: '/assets/readme.txt' }
        });
    });

    it('encodes values that are not plain path segments', () => {
        const reference = {
            type: 'standard__navItemPage',
            attributes: { apiName: 'Team a/b' },
            state: { c__q: 'x y&z' }
        };
        const url = urlOf(reference);
        expect(url).toBe('/lightning/n/Team%20a%2Fb?c__q=x+y%26z');
        expect(pageReferenceOf(url, ORIGIN)).toEqual(reference);
    });

    it('gives null for a /lightning address that names no page', () => {
        expect(pageReferenceOf('/lightning/o/Case/explode', ORIGIN)).toBeNull();
        expect(pageReferenceOf('/lightning/r/Case', ORIGIN)).toBeNull();
        expect(pageReferenceOf('/lightning/whatever/1', ORIGIN)).toBeNull();
    });

    it('names what is wrong with a page reference it cannot turn into a URL', () => {
        expect(() => urlOf({ type: 'standard__recordPage', attributes: { actionName: 'view' } })).toThrow(
            'A standard__recordPage page reference needs attributes.recordId; got undefined.'
        );
        expect(() =>
            urlOf({ type: 'standard__objectPage', attributes: { objectApiName: 'Case', actionName: 'delete' } })
        ).toThrow('actionName is one of home, list, new; got "delete"');
        expect(() => urlOf({ type: 'comm__namedPage', attributes: { name: 'Home' } })).toThrow(
            'The preview cannot navigate to a page reference of type "comm__namedPage".'
        );
    });
});
