import { fieldAt, type RecordRepresentation } from 'shell/uiApiRecords';

/**
 * Whether a component placed on a Lightning page shows, from its visibility rule (Metadata API,
 * "FlexiPage": UiFormulaRule): criteria on the record's fields (`{!Record.Status__c}`), the user's
 * custom permissions (`{!$Permission.CustomPermission.X}`), the user (`{!$User.Id}`) and the form
 * factor, joined by AND unless the rule's filter logic says otherwise (`1 AND (2 OR 3)`). A rule
 * the preview cannot evaluate throws, naming what it cannot, so the page shows that instead of
 * guessing.
 */
export interface VisibilityCriterion {
    leftValue: string;
    operator: string;
    rightValue?: string;
}

export interface VisibilityRule {
    booleanFilter?: string;
    criteria: VisibilityCriterion[];
}

export interface VisibilityContext {
    record: RecordRepresentation | null;
    customPermissions: string[];
    userId: string;
}

const MERGE_FIELD = /^\{!(.+)\}$/;

/** The record field paths a rule reads, so the page can load them with the record. */
export function recordFieldsOf(rule: VisibilityRule | undefined): string[] {
    return (rule?.criteria ?? [])
        .map((criterion) => MERGE_FIELD.exec(criterion.leftValue.trim())?.[1] ?? '')
        .filter((expression) => expression.startsWith('Record.'))
        .map((expression) => expression.slice('Record.'.length));
}

function leftValue(expression: string, context: VisibilityContext): unknown {
    const merge = MERGE_FIELD.exec(expression.trim());
    const name = merge?.[1] ?? '';
    if (name.startsWith('Record.')) {
        return fieldAt(context.record, name.slice('Record.'.length))?.value ?? null;
    }
    if (name.startsWith('$Permission.CustomPermission.')) {
        return context.customPermissions.includes(name.slice('$Permission.CustomPermission.'.length));
    }
    if (name === '$User.Id') {
        return context.userId;
    }
    if (name === '$Client.FormFactor') {
        return 'Large';
    }
    throw new Error(`The preview cannot evaluate the visibility criterion ${expression}.`);
}

function asText(value: unknown): string {
    return value === null || value === undefined ? '' : String(value);
}

function compare(left: unknown, operator: string, right: string | undefined): boolean {
    const leftText = asText(left);
    const rightText = right ?? '';
    const bothNumbers = leftText !== '' && rightText !== '' && !isNaN(Number(leftText)) && !isNaN(Number(rightText));
    const order = bothNumbers ? Number(leftText) - Number(rightText) : leftText.localeCompare(rightText);
    switch (operator) {
        case 'EQUAL':
            return bothNumbers ? order === 0 : leftText.toLowerCase() === rightText.toLowerCase();
        case 'NE':
            return bothNumbers ? order !== 0 : leftText.toLowerCase() !== rightText.toLowerCase();
        case 'GT':
            return order > 0;
        case 'GE':
            return order >= 0;
        case 'LT':
            return order < 0;
        case 'LE':
            return order <= 0;
        case 'CONTAINS':
            return leftText.toLowerCase().includes(rightText.toLowerCase());
        case 'STARTS_WITH':
            return leftText.toLowerCase().startsWith(rightText.toLowerCase());
        default:
            throw new Error(`The preview cannot evaluate the visibility operator ${operator}.`);
    }
}

/** Filter logic such as `1 AND (2 OR NOT 3)` over the criteria's results: OR binds looser than AND, NOT tightest. */
class FilterLogic {
    private readonly tokens: string[];
    private position = 0;

    constructor(
        private readonly logic: string,
        private readonly results: boolean[]
    ) {
        this.tokens = logic.match(/\(|\)|\d+|AND|OR|NOT|\S+/gi) ?? [];
    }

    evaluate(): boolean {
        const value = this.disjunction();
        return this.position === this.tokens.length ? value : this.fail();
    }

    private fail(): never {
        throw new Error(`The preview cannot read the visibility filter logic "${this.logic}".`);
    }

    private next(): string | undefined {
        return this.tokens[this.position++];
    }

    private peek(): string | undefined {
        return this.tokens[this.position]?.toUpperCase();
    }

    private disjunction(): boolean {
        let value = this.conjunction();
        while (this.peek() === 'OR') {
            this.position += 1;
            value = this.conjunction() || value;
        }
        return value;
    }

    private conjunction(): boolean {
        let value = this.primary();
        while (this.peek() === 'AND') {
            this.position += 1;
            value = this.primary() && value;
        }
        return value;
    }

    private primary(): boolean {
        const token = this.next();
        if (token === '(') {
            const value = this.disjunction();
            return this.next() === ')' ? value : this.fail();
        }
        if (token?.toUpperCase() === 'NOT') {
            return !this.primary();
        }
        const index = Number(token) - 1;
        return index >= 0 && index < this.results.length ? this.results[index] : this.fail();
    }
}

export function isVisible(rule: VisibilityRule | undefined, context: VisibilityContext): boolean {
    if (!rule || rule.criteria.length === 0) {
        return true;
    }
    const results = rule.criteria.map((criterion) =>
        compare(leftValue(criterion.leftValue, context), criterion.operator, criterion.rightValue)
    );
    return rule.booleanFilter ? new FilterLogic(rule.booleanFilter, results).evaluate() : results.every(Boolean);
}
