import { LightningElement, api } from 'lwc';

/** How long a toast that closes by itself stays: the platform's documented 3 seconds, longer for errors and warnings. */
const SHORT_MS = 3000;
const LONG_MS = 8000;

export interface ToastDetail {
    title?: string;
    message?: string;
    messageData?: (string | { url: string; label: string })[];
    variant?: string;
    mode?: string;
}

interface MessagePart {
    key: string;
    text: string;
    url?: string;
}

interface ShownToast {
    key: number;
    title: string;
    parts: MessagePart[];
    variant: string;
    toastClass: string;
    iconName: string;
    iconVariant: string;
    role: string;
    dismissible: boolean;
}

const ICONS: Record<string, string> = {
    success: 'utility:success',
    warning: 'utility:warning',
    error: 'utility:error',
    info: 'utility:info'
};

/** `Record {0} was saved by {1}` with messageData → text and links in order. */
function messageParts(message: string, data: ToastDetail['messageData']): MessagePart[] {
    const parts: MessagePart[] = [];
    let index = 0;
    for (const piece of message.split(/(\{\d+\})/)) {
        const placeholder = /^\{(\d+)\}$/.exec(piece);
        const value = placeholder ? data?.[Number(placeholder[1])] : undefined;
        if (value !== undefined && typeof value === 'object') {
            parts.push({ key: `part-${index++}`, text: value.label, url: value.url });
        } else if (piece !== '') {
            parts.push({ key: `part-${index++}`, text: value === undefined ? piece : String(value) });
        }
    }
    return parts;
}

/**
 * The platform's toasts (lightning/platformShowToastEvent): the shell hands each
 * `lightning__showtoast` event's detail here. Dismissible toasts close by themselves or with the
 * close button, pester toasts by themselves only, sticky ones only when closed.
 */
export default class Toasts extends LightningElement {
    toasts: ShownToast[] = [];
    private nextKey = 1;

    @api
    show(detail: ToastDetail): void {
        const variant = ICONS[detail?.variant ?? ''] ? (detail.variant as string) : 'info';
        const mode = detail?.mode ?? 'dismissible';
        const key = this.nextKey++;
        this.toasts = [
            ...this.toasts,
            {
                key,
                title: detail?.title ?? '',
                parts: messageParts(detail?.message ?? '', detail?.messageData),
                variant,
                toastClass: `slds-notify slds-notify_toast slds-theme_${variant}`,
                iconName: ICONS[variant],
                iconVariant: variant === 'warning' ? '' : 'inverse',
                role: variant === 'error' ? 'alert' : 'status',
                dismissible: mode !== 'pester'
            }
        ];
        if (mode !== 'sticky') {
            const lasts = variant === 'error' || variant === 'warning' ? LONG_MS : SHORT_MS;
            // eslint-disable-next-line @lwc/lwc/no-async-operation -- a toast closes itself after a while, as on the platform
            setTimeout(() => this.dismiss(key), lasts);
        }
    }

    get hasToasts(): boolean {
        return this.toasts.length > 0;
    }

    handleClose(event: Event): void {
        this.dismiss(Number((event.currentTarget as HTMLElement).dataset.key));
    }

    private dismiss(key: number): void {
        this.toasts = this.toasts.filter((toast) => toast.key !== key);
    }
}
