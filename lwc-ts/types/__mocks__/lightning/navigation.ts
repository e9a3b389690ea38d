/**
 * lightning/navigation in component tests (jest.config.js maps the module here). sfdx-lwc-jest's
 * own stub navigates nowhere and keeps nothing, so a test could not tell where a button takes the
 * person; here every Navigate call goes through `navigate`, a jest mock a test reads as
 *
 *     import * as navigation from 'lightning/navigation';
 *     const mockNavigate = (navigation as unknown as { navigate: jest.Mock }).navigate;
 *     expect(mockNavigate).toHaveBeenCalledWith({ type: 'standard__recordPage', attributes: { … } });
 *
 * Each test file has its own module registry, so calls never leak from one file to another.
 */
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';
import type { LightningElement } from 'lwc';
import type { PageReference } from 'lightning/navigation';

/** Every page reference a component navigated to, in order. */
export const navigate = jest.fn<void, [PageReference]>();

/** As in sfdx-lwc-jest's stub: a test wire adapter, so a test can emit the current page. */
export const CurrentPageReference = createTestWireAdapter(jest.fn());

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ComponentClass = new (...args: any[]) => LightningElement;

export function NavigationMixin<Base extends ComponentClass>(base: Base): Base {
    return class extends base {
        [Navigate](pageReference: PageReference): void {
            navigate(pageReference);
        }

        [GenerateUrl](): Promise<string> {
            // sfdx-lwc-jest's stub answers the same address for every page reference.
            return Promise.resolve('https://www.example.com');
        }
    };
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;
