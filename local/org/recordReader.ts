import type Database from 'better-sqlite3';
import { FormulaError, evaluateFormulaField, type EvaluationOptions, type SObjectRecord } from '../formulas';
import { quoteName, toApiValue, type Store, type StoredField, type StoredObject } from '../store';
import { SalesforceError } from './salesforceError';

type Db = Database.Database;
export type Row = Record<string, unknown>;

/** The path name a formula uses for a reference's parent: `Scorecard__r`, `Owner`. */
export function parentPath(field: StoredField): string | undefined {
    if (field.describeType !== 'reference') {
        return undefined;
    }
    return field.definition.isStandard ? field.definition.parentPathName : field.name.replace(/__c$/i, '__r');
}

/** A formula the local evaluator cannot answer is refused as the platform refuses a broken formula. */
export function formulaRefusal(error: unknown): unknown {
    if (error instanceof FormulaError) {
        return new SalesforceError(400, 'UNKNOWN_EXCEPTION', `The local org cannot evaluate ${error.message}`);
    }
    return error;
}

/**
 * Reads stored rows and turns them into what formulas and clients see: API values, formula
 * fields computed for the running user at the org's clock, parents loaded on demand when a
 * formula follows a relationship path.
 */
export class RecordReader {
    private readonly store: Store;
    private readonly byConnection = new Map<Db, Map<string, Database.Statement>>();
    /** Whose `$User` and `$Permission` formulas see; set per request. */
    evaluationOptions: () => EvaluationOptions;

    constructor(store: Store, evaluationOptions: () => EvaluationOptions) {
        this.store = store;
        this.evaluationOptions = evaluationOptions;
    }

    private select(db: Db, object: StoredObject): Database.Statement {
        let statements = this.byConnection.get(db);
        if (!statements) {
            statements = new Map();
            this.byConnection.set(db, statements);
        }
        let statement = statements.get(object.name);
        if (!statement) {
            statement = db.prepare(`SELECT * FROM ${quoteName(object.name)} WHERE Id = ?`);
            statements.set(object.name, statement);
        }
        return statement;
    }

    row(object: StoredObject, id: string, db: Db = this.store.db): Row | undefined {
        return this.select(db, object).get(id) as Row | undefined;
    }

    /** The record a formula reads: stored values as the API shows them, parents on demand. */
    evaluationRecord(object: StoredObject, row: Row, db: Db = this.store.db): SObjectRecord {
        const record: SObjectRecord = {};
        for (const field of object.fields) {
            if (field.column !== null) {
                record[field.name] = toApiValue(field, row[field.name]);
            }
        }
        for (const field of object.fields) {
            const path = parentPath(field);
            const targets = field.definition.referenceTo ?? [];
            const target = targets.length === 1 ? this.store.schema.objects.get(targets[0].toLowerCase()) : undefined;
            if (!path || !target || path in record) {
                continue;
            }
            let loaded: SObjectRecord | null | undefined;
            Object.defineProperty(record, path, {
                enumerable: true,
                configurable: true,
                get: () => {
                    if (loaded === undefined) {
                        const id = row[field.name];
                        const parentRow = typeof id === 'string' ? this.row(target, id, db) : undefined;
                        loaded = parentRow ? this.evaluationRecord(target, parentRow, db) : null;
                    }
                    return loaded;
                }
            });
        }
        return record;
    }

    formulaValue(object: StoredObject, field: StoredField, record: SObjectRecord): unknown {
        try {
            return evaluateFormulaField(
                this.store.schema.packageSchema,
                object.name,
                field.name,
                record,
                this.evaluationOptions()
            );
        } catch (error) {
            throw formulaRefusal(error);
        }
    }

    /** `verity_formula(object, field, id)` for SOQL: read through the second connection. */
    formulaById(objectName: string, fieldName: string, id: string): unknown {
        const object = this.store.schema.objects.get(String(objectName).toLowerCase());
        const field = object?.fieldMap.get(String(fieldName).toLowerCase());
        if (!object || !field?.isFormula) {
            throw new Error(`verity_formula: ${objectName}.${fieldName} is not a formula field.`);
        }
        const row = this.row(object, id, this.store.reader);
        if (!row) {
            return null;
        }
        const value = this.formulaValue(object, field, this.evaluationRecord(object, row, this.store.reader));
        return typeof value === 'boolean' ? Number(value) : (value as unknown);
    }

    /** The record as the REST API returns it: `attributes`, then the fields the caller may read. */
    apiRecord(
        object: StoredObject,
        row: Row,
        apiVersion: string,
        readable: (field: StoredField) => boolean,
        only?: ReadonlySet<string>
    ): SObjectRecord {
        const result: SObjectRecord = {
            attributes: {
                type: object.name,
                url: `/services/data/v${apiVersion}/sobjects/${object.name}/${String(row.Id)}`
            }
        };
        let evaluation: SObjectRecord | undefined;
        for (const field of object.fields) {
            if ((only && !only.has(field.name.toLowerCase())) || !readable(field)) {
                continue;
            }
            if (field.isFormula) {
                evaluation ??= this.evaluationRecord(object, row);
                result[field.name] = this.formulaValue(object, field, evaluation);
            } else {
                result[field.name] = toApiValue(field, row[field.name]);
            }
        }
        return result;
    }
}
