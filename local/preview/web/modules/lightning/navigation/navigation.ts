import type { LightningElement } from 'lwc';
import { currentPageReference, navigate, onPageChange, urlOf, type PageReference } from 'preview/router';

/**
 * The platform's lightning/navigation, backed by the preview's router (LWC Developer Guide,
 * "lightning/navigation"): NavigationMixin adds [NavigationMixin.Navigate](pageReference, replace)
 * and [NavigationMixin.GenerateUrl](pageReference) to a component; CurrentPageReference is a wire
 * adapter that gives the current page reference and gives it again on every navigation.
 */
const NAVIGATE = Symbol('NavigationMixin.Navigate');
const GENERATE_URL = Symbol('NavigationMixin.GenerateUrl');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ComponentClass = new (...args: any[]) => LightningElement;

export interface NavigationCapable {
    [NAVIGATE](pageReference: PageReference, replace?: boolean): void;
    [GENERATE_URL](pageReference: PageReference): Promise<string>;
}

export function NavigationMixin<Base extends ComponentClass>(base: Base) {
    class Navigating extends base implements NavigationCapable {
        [NAVIGATE](pageReference: PageReference, replace = false): void {
            navigate(pageReference, replace);
        }

        [GENERATE_URL](pageReference: PageReference): Promise<string> {
            try {
                return Promise.resolve(urlOf(pageReference));
            } catch (error) {
                return Promise.reject(error);
            }
        }
    }
    return Navigating;
}
NavigationMixin.Navigate = NAVIGATE as typeof NAVIGATE;
NavigationMixin.GenerateUrl = GENERATE_URL as typeof GENERATE_URL;

type DataCallback = (pageReference: PageReference | null) => void;

/** `@wire(CurrentPageReference) pageRef;` */
export class CurrentPageReference {
    private readonly dataCallback: DataCallback;
    private unsubscribe: (() => void) | undefined;

    constructor(dataCallback: DataCallback) {
        this.dataCallback = dataCallback;
    }

    update(): void {
        // The adapter takes no configuration.
    }

    connect(): void {
        this.unsubscribe = onPageChange((reference) => this.dataCallback(reference));
        this.dataCallback(currentPageReference());
    }

    disconnect(): void {
        this.unsubscribe?.();
        this.unsubscribe = undefined;
    }
}
