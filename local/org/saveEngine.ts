import type { Statement } from 'better-sqlite3';
import {
    computeRollupSummary,
    evaluateDefaultValue,
    evaluateFormulaText,
    ruleViolations,
    type EvaluationOptions,
    type SObjectRecord
} from '../formulas';
import { toId18 } from '../ids/salesforceIds';
import type { CallerAccess, OrgSecurity } from '../security';
import {
    formatAutoNumber,
    quoteName,
    storedDateTime,
    toApiValue,
    toStoredValue,
    type Store,
    type StoredField,
    type StoredObject,
    type StoredValue
} from '../store';
import type { UpsertOutcome } from './orgData';
import { formulaRefusal, type RecordReader, type Row } from './recordReader';
import type { RecordFlow } from './recordFlows';
import { SalesforceError } from './salesforceError';

/**
 * Creates, updates, upserts and deletes records the way the platform's save order does: field
 * checks (access, types, lengths, picklists, references, required), validation rules, unique
 * values, the save, field history, after-save flows, then roll-up summaries on the masters.
 * Each save runs inside a transaction; roll-ups are brought up to date before it commits.
 */

/** Who saves: a caller held to their access, or the system (flows), on behalf of a user. */
export interface SaveActor {
    userId: string;
    /** null: system mode, as flows run. */
    access: CallerAccess | null;
}

interface RollupLink {
    master: StoredObject;
    field: StoredField;
    foreignKey: StoredField;
}

interface ChildLink {
    child: StoredObject;
    field: StoredField;
}

const notFound = (): SalesforceError => new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');
const insufficientAccess = (): SalesforceError =>
    new SalesforceError(403, 'INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id');

/** A default value formula that is a literal: text, a number, true or false. */
const CONSTANT_FORMULA = /^\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|true|false|-?\d+(?:\.\d+)?)\s*$/i;

function sameValue(a: unknown, b: unknown): boolean {
    return (a ?? null) === (b ?? null);
}

/**
 * Field history records only that these changed, not their values (Salesforce Help, "Field History
 * Tracking": long and rich text areas and multi-select picklists are tracked as edited).
 */
const VALUELESS_HISTORY_TYPES = new Set(['LongTextArea', 'Html', 'MultiselectPicklist']);

export class SaveEngine {
    private readonly store: Store;
    private readonly security: OrgSecurity;
    private readonly reader: RecordReader;
    private readonly flows: Map<string, RecordFlow[]>;
    private readonly clock: () => Date;
    private readonly rollupsByDetail = new Map<string, RollupLink[]>();
    private readonly childrenByParent = new Map<string, ChildLink[]>();
    private readonly statements = new Map<string, Statement>();
    /** Masters whose roll-ups wait for the end of the outermost transaction. */
    private readonly dirtyMasters = new Map<string, Set<string>>();
    private depth = 0;
    private readonly constantDefaults = new Map<string, StoredValue>();

    constructor(
        store: Store,
        security: OrgSecurity,
        reader: RecordReader,
        flows: Map<string, RecordFlow[]>,
        clock: () => Date
    ) {
        this.store = store;
        this.security = security;
        this.reader = reader;
        this.flows = flows;
        this.clock = clock;
        for (const object of store.schema.objects.values()) {
            for (const field of object.fields) {
                if (field.isSummary && field.definition.summary) {
                    const [detailName, keyName] = field.definition.summary.foreignKey.split('.');
                    const detail = store.schema.objects.get((detailName ?? '').toLowerCase());
                    const foreignKey = detail?.fieldMap.get((keyName ?? '').toLowerCase());
                    if (detail && foreignKey) {
                        const links = this.rollupsByDetail.get(detail.name.toLowerCase()) ?? [];
                        links.push({ master: object, field, foreignKey });
                        this.rollupsByDetail.set(detail.name.toLowerCase(), links);
                    }
                }
                if (field.describeType === 'reference' && field.column !== null && !field.isSystem) {
                    for (const target of field.definition.referenceTo ?? []) {
                        const links = this.childrenByParent.get(target.toLowerCase()) ?? [];
                        links.push({ child: object, field });
                        this.childrenByParent.set(target.toLowerCase(), links);
                    }
                }
            }
        }
    }

    private statement(sql: string): Statement {
        let statement = this.statements.get(sql);
        if (!statement) {
            statement = this.store.db.prepare(sql);
            this.statements.set(sql, statement);
        }
        return statement;
    }

    /** Runs `work` in a transaction (a savepoint when nested); roll-ups settle before the outermost commits. */
    transaction<T>(work: () => T): T {
        const run = this.store.db.transaction(() => {
            this.depth += 1;
            try {
                const result = work();
                if (this.depth === 1) {
                    this.settleRollups();
                }
                return result;
            } finally {
                this.depth -= 1;
                if (this.depth === 0) {
                    this.dirtyMasters.clear();
                }
            }
        });
        return run();
    }

    // ----- objects and records -------------------------------------------------------------

    private objectFor(actor: SaveActor, type: string): StoredObject {
        const object = this.store.schema.objects.get(String(type).toLowerCase());
        if (!object || (actor.access && !actor.access.canReadObject(object.name))) {
            throw notFound();
        }
        return object;
    }

    private existingRow(object: StoredObject, id: string): Row {
        const id18 = toId18(String(id));
        const row = id18 === null ? undefined : this.reader.row(object, id18);
        if (!row) {
            throw notFound();
        }
        if (row.IsDeleted === 1) {
            throw new SalesforceError(404, 'ENTITY_IS_DELETED', 'entity is deleted');
        }
        return row;
    }

    private evaluationOptions(actor: SaveActor, prior?: SObjectRecord): EvaluationOptions {
        const userObject = this.store.schema.objects.get('user') as StoredObject;
        const userRow = this.reader.row(userObject, actor.userId);
        const user = userRow ? this.reader.evaluationRecord(userObject, userRow) : { Id: actor.userId };
        const access = actor.access ?? this.security.accessFor(actor.userId);
        return {
            prior,
            user,
            permissions: access?.customPermissions ?? [],
            now: this.clock().toISOString()
        };
    }

    // ----- field checks ---------------------------------------------------------------------

    /** The client's values as stored values, after access, type and picklist checks. */
    private incoming(
        actor: SaveActor,
        object: StoredObject,
        values: Record<string, unknown>,
        creating: boolean
    ): Map<StoredField, StoredValue> {
        const result = new Map<StoredField, StoredValue>();
        const refused: string[] = [];
        for (const [key, value] of Object.entries(values ?? {})) {
            if (key === 'attributes') {
                continue;
            }
            const field = object.fieldMap.get(key.toLowerCase());
            const readable = field && (!actor.access || actor.access.fieldAccess(object, field).readable);
            if (!field || !readable) {
                throw new SalesforceError(
                    400,
                    'INVALID_FIELD',
                    `No such column '${key}' on sobject of type ${object.name}`,
                    [key]
                );
            }
            if (field.name === 'Id' && !creating) {
                continue;
            }
            const writable = actor.access
                ? actor.access.canWriteField(object, field, creating)
                : creating
                  ? field.createable || (object.kind === 'share' && !field.isSystem)
                  : field.updateable;
            if (!writable) {
                refused.push(field.name);
                continue;
            }
            result.set(field, toStoredValue(field, value));
        }
        if (refused.length > 0) {
            throw new SalesforceError(
                400,
                'INVALID_FIELD_FOR_INSERT_UPDATE',
                `Unable to create/update fields: ${refused.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
                refused
            );
        }
        return result;
    }

    private checkReference(actor: SaveActor, field: StoredField, id: string, prior?: Row): void {
        const label = field.definition.label ?? field.name;
        const targets = field.definition.referenceTo ?? [];
        if (targets.some((target) => target.toLowerCase() === 'profile')) {
            const exists = this.statement('SELECT 1 FROM _verity_profiles WHERE Id = ?').get(id);
            if (!exists) {
                throw new SalesforceError(400, 'INVALID_CROSS_REFERENCE_KEY', `${label}: invalid cross reference id`, [
                    field.name
                ]);
            }
            return;
        }
        const target = this.store.objectsByPrefix.get(id.slice(0, 3));
        if (!target || !targets.some((name) => name.toLowerCase() === target.name.toLowerCase())) {
            throw new SalesforceError(400, 'FIELD_INTEGRITY_EXCEPTION', `${label}: id value of incorrect type: ${id}`, [
                field.name
            ]);
        }
        const row = this.reader.row(target, id);
        if (!row) {
            throw new SalesforceError(400, 'INVALID_CROSS_REFERENCE_KEY', `${label}: invalid cross reference id`, [
                field.name
            ]);
        }
        if (row.IsDeleted === 1) {
            throw new SalesforceError(400, 'ENTITY_IS_DELETED', `${label}: entity is deleted`, [field.name]);
        }
        // Saving a detail needs edit access on its master (read access when the field says so).
        if (field.isMasterDetail && actor.access && (!prior || prior[field.name] !== id)) {
            const level = field.definition.writeRequiresMasterRead ? 'read' : 'edit';
            if (!actor.access.canAccessRecord(target.name, id, level)) {
                throw new SalesforceError(
                    400,
                    'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
                    'insufficient access rights on cross-reference id',
                    [field.name]
                );
            }
        }
    }

    private checkRequired(object: StoredObject, row: Row): void {
        const missing = object.fields
            .filter((field) => field.required && (row[field.name] === null || row[field.name] === undefined))
            .map((field) => field.name);
        if (missing.length > 0) {
            throw new SalesforceError(
                400,
                'REQUIRED_FIELD_MISSING',
                `Required fields are missing: [${missing.join(', ')}]`,
                missing
            );
        }
    }

    private checkUnique(object: StoredObject, row: Row, changed: Iterable<StoredField>): void {
        for (const field of changed) {
            const value = row[field.name];
            if (!field.definition.unique || value === null || value === undefined) {
                continue;
            }
            const noCase = field.column === 'TEXT' && field.definition.caseSensitive !== true;
            const other = this.statement(
                `SELECT Id FROM ${quoteName(object.name)} WHERE ${quoteName(field.name)} = ?${noCase ? ' COLLATE NOCASE' : ''} AND Id <> ? AND IsDeleted = 0 LIMIT 1`
            )
                .pluck()
                .get(value, row.Id) as string | undefined;
            if (other) {
                throw new SalesforceError(
                    400,
                    'DUPLICATE_VALUE',
                    `duplicate value found: ${field.name} duplicates value on record with id: ${other}`,
                    [field.name]
                );
            }
        }
    }

    private checkValidationRules(actor: SaveActor, object: StoredObject, row: Row, prior?: Row): void {
        if (object.definition.validationRules.every((rule) => !rule.active)) {
            return;
        }
        const record = this.reader.evaluationRecord(object, row);
        const priorRecord = prior ? this.reader.evaluationRecord(object, prior) : undefined;
        let violations;
        try {
            violations = ruleViolations(
                this.store.schema.packageSchema,
                object.name,
                record,
                this.evaluationOptions(actor, priorRecord)
            );
        } catch (error) {
            throw formulaRefusal(error);
        }
        const first = violations[0];
        if (first) {
            throw new SalesforceError(
                400,
                'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                first.message,
                first.field ? [first.field] : []
            );
        }
    }

    // ----- writes ---------------------------------------------------------------------------

    private insertRow(object: StoredObject, row: Row): void {
        const columns = object.fields.filter((field) => field.column !== null).map((field) => field.name);
        const sql = `INSERT INTO ${quoteName(object.name)} (${columns.map(quoteName).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
        this.statement(sql).run(...columns.map((column) => (row[column] === undefined ? null : row[column])));
    }

    private updateRow(object: StoredObject, id: string, changes: Row): void {
        const columns = Object.keys(changes);
        if (columns.length === 0) {
            return;
        }
        const sql = `UPDATE ${quoteName(object.name)} SET ${columns.map((column) => `${quoteName(column)} = ?`).join(', ')} WHERE Id = ?`;
        this.statement(sql).run(...columns.map((column) => changes[column] ?? null), id);
    }

    private writeHistory(
        object: StoredObject,
        actor: SaveActor,
        id: string,
        entries: [string, unknown, unknown][]
    ): void {
        const history = object.historyObject
            ? this.store.schema.objects.get(object.historyObject.toLowerCase())
            : undefined;
        if (!history) {
            return;
        }
        const now = storedDateTime(this.clock());
        for (const [field, oldValue, newValue] of entries) {
            this.insertRow(history, {
                Id: this.store.nextId(history),
                IsDeleted: 0,
                ParentId: id,
                Field: field,
                OldValue: oldValue === null || oldValue === undefined ? null : String(oldValue),
                NewValue: newValue === null || newValue === undefined ? null : String(newValue),
                CreatedById: actor.userId,
                CreatedDate: now
            });
        }
    }

    /** Fields the platform keeps in step with others (Name of a person, Case.IsClosed). */
    private derive(object: StoredObject, row: Row): void {
        if (object.name === 'User' || object.name === 'Contact') {
            row.Name = [row.FirstName, row.LastName].filter((part) => part !== null && part !== undefined).join(' ');
        }
        if (object.name === 'Case') {
            row.IsClosed = row.Status === 'Closed' ? 1 : 0;
        }
    }

    private markMasters(object: StoredObject, row: Row): void {
        for (const link of this.rollupsByDetail.get(object.name.toLowerCase()) ?? []) {
            const masterId = row[link.foreignKey.name];
            if (typeof masterId === 'string') {
                const key = link.master.name.toLowerCase();
                const ids = this.dirtyMasters.get(key) ?? new Set<string>();
                ids.add(masterId);
                this.dirtyMasters.set(key, ids);
            }
        }
    }

    /** Recomputes the roll-ups of every master touched, then their masters, until nothing changes. */
    private settleRollups(): void {
        let rounds = 0;
        while (this.dirtyMasters.size > 0) {
            rounds += 1;
            if (rounds > 20) {
                throw new Error('Roll-up summaries did not settle after 20 rounds.');
            }
            const batch = [...this.dirtyMasters.entries()];
            this.dirtyMasters.clear();
            for (const [masterName, ids] of batch) {
                const master = this.store.schema.objects.get(masterName) as StoredObject;
                const links = [...this.rollupsByDetail.values()].flat().filter((link) => link.master === master);
                for (const id of ids) {
                    const row = this.reader.row(master, id);
                    if (!row || row.IsDeleted === 1) {
                        continue;
                    }
                    const changes: Row = {};
                    const byDetail = new Map<string, SObjectRecord[]>();
                    for (const link of links) {
                        const detail = link.foreignKey.definition.objectName;
                        let details = byDetail.get(detail.toLowerCase());
                        if (!details) {
                            const detailObject = this.store.schema.objects.get(detail.toLowerCase()) as StoredObject;
                            const rows = this.statement(
                                `SELECT * FROM ${quoteName(detailObject.name)} WHERE ${quoteName(link.foreignKey.name)} = ? AND IsDeleted = 0`
                            ).all(id) as Row[];
                            details = rows.map((detailRow) => this.reader.evaluationRecord(detailObject, detailRow));
                            byDetail.set(detail.toLowerCase(), details);
                        }
                        let value: unknown;
                        try {
                            value = computeRollupSummary(
                                this.store.schema.packageSchema,
                                master.name,
                                link.field.name,
                                details,
                                { now: this.clock().toISOString() }
                            );
                        } catch (error) {
                            throw formulaRefusal(error);
                        }
                        const stored = toStoredValue(link.field, value);
                        if (!sameValue(stored, row[link.field.name])) {
                            changes[link.field.name] = stored;
                        }
                    }
                    if (Object.keys(changes).length > 0) {
                        changes.SystemModstamp = storedDateTime(this.clock());
                        this.updateRow(master, id, changes);
                        this.markMasters(master, { ...row, ...changes });
                    }
                }
            }
        }
    }

    // ----- flows ----------------------------------------------------------------------------

    private runFlows(actor: SaveActor, object: StoredObject, row: Row, prior?: Row): void {
        const flows = this.flows.get(object.name.toLowerCase());
        if (!flows) {
            return;
        }
        for (const flow of flows) {
            if (prior ? !flow.onUpdate : !flow.onCreate) {
                continue;
            }
            const holds = (record: Row, before?: Row): boolean => {
                if (flow.condition === undefined) {
                    return true;
                }
                try {
                    const result = evaluateFormulaText(flow.condition, {
                        schema: this.store.schema.packageSchema,
                        object: object.definition,
                        record: this.reader.evaluationRecord(object, record),
                        options: this.evaluationOptions(
                            actor,
                            before ? this.reader.evaluationRecord(object, before) : undefined
                        ),
                        formulaName: `flow ${flow.name}`,
                        kind: 'validationRule',
                        blankNumbers: 'blank',
                        chain: []
                    });
                    return result.value === true;
                } catch (error) {
                    throw formulaRefusal(error);
                }
            };
            if (!holds(row, prior)) {
                continue;
            }
            if (prior && flow.requiresChange && holds(prior)) {
                continue;
            }
            const system: SaveActor = { userId: actor.userId, access: null };
            for (const create of flow.creates) {
                const values: Record<string, unknown> = {};
                for (const { field, value } of create.assignments) {
                    values[field] =
                        value.kind === 'literal'
                            ? value.value
                            : toApiValue(
                                  object.fieldMap.get(value.field.toLowerCase()) as StoredField,
                                  row[value.field]
                              );
                }
                this.create(system, create.object, values);
            }
        }
    }

    // ----- the saves ------------------------------------------------------------------------

    /**
     * What a new record holds before the client's values: each column blank (a checkbox unchecked),
     * then default value formulas (evaluated now, as the actor) and picklist defaults for the fields
     * not given, and the actor as owner.
     */
    private startingRow(actor: SaveActor, object: StoredObject, given: ReadonlyMap<StoredField, StoredValue>): Row {
        const row: Row = {};
        for (const field of object.fields) {
            if (field.column !== null) {
                row[field.name] = field.column === 'INTEGER' ? 0 : null;
            }
        }
        const withDefaults = object.fields.filter(
            (field) => field.definition.defaultValue !== undefined && !given.has(field)
        );
        let options: EvaluationOptions | undefined;
        for (const field of withDefaults) {
            const key = `${object.name}.${field.name}`;
            if (this.constantDefaults.has(key)) {
                row[field.name] = this.constantDefaults.get(key) as StoredValue;
                continue;
            }
            options ??= this.evaluationOptions(actor);
            try {
                row[field.name] = toStoredValue(
                    field,
                    evaluateDefaultValue(this.store.schema.packageSchema, object.name, field.name, options)
                );
            } catch (error) {
                throw formulaRefusal(error);
            }
            // A literal default (false, 0, "Phone") is the same on every save: evaluate it once.
            if (CONSTANT_FORMULA.test(field.definition.defaultValue ?? '')) {
                this.constantDefaults.set(key, row[field.name] as StoredValue);
            }
        }
        for (const field of object.fields) {
            if (
                field.picklistDefault !== undefined &&
                !given.has(field) &&
                field.definition.defaultValue === undefined
            ) {
                row[field.name] = field.picklistDefault;
            }
        }
        if (object.hasOwner) {
            row.OwnerId = actor.userId;
        }
        return row;
    }

    /**
     * The values a new record of the object would start with if the actor created it now, before
     * any value of theirs (the UI API's record defaults): every field a create can set (no formula,
     * roll-up, auto-number or system field) that they read, as the API gives it. Refused as a
     * create is when they may not create the object.
     */
    createDefaults(actor: SaveActor, type: string): Record<string, unknown> {
        const object = this.objectFor(actor, type);
        if (!object.createable || (actor.access && !actor.access.objectAccess(object.name).create)) {
            throw insufficientAccess();
        }
        const row = this.startingRow(actor, object, new Map());
        const values: Record<string, unknown> = {};
        for (const field of object.fields) {
            const readable = !actor.access || actor.access.fieldAccess(object, field).readable;
            if (field.createable && readable && field.name in row) {
                values[field.name] = toApiValue(field, row[field.name]);
            }
        }
        return values;
    }

    create(actor: SaveActor, type: string, values: Record<string, unknown>): string {
        return this.transaction(() => {
            const object = this.objectFor(actor, type);
            if (!object.createable || (actor.access && !actor.access.objectAccess(object.name).create)) {
                throw insufficientAccess();
            }
            if (Object.keys(values ?? {}).some((key) => key.toLowerCase() === 'id')) {
                throw new SalesforceError(
                    400,
                    'INVALID_FIELD_FOR_INSERT_UPDATE',
                    'cannot specify Id in an insert call',
                    ['Id']
                );
            }
            const given = this.incoming(actor, object, values, true);
            if (object.kind === 'share') {
                return this.createShare(actor, object, given);
            }
            const now = storedDateTime(this.clock());
            const row = this.startingRow(actor, object, given);
            for (const [field, value] of given) {
                row[field.name] = value;
            }
            for (const field of object.fields) {
                if (field.isSummary) {
                    const operation = field.definition.summary?.operation;
                    row[field.name] = operation === 'count' || operation === 'sum' ? 0 : null;
                }
            }
            row.Id = this.store.nextId(object);
            row.IsDeleted = 0;
            row.CreatedDate = now;
            row.CreatedById = actor.userId;
            row.LastModifiedDate = now;
            row.LastModifiedById = actor.userId;
            row.SystemModstamp = now;
            if (object.hasOwner && (row.OwnerId === null || row.OwnerId === undefined)) {
                row.OwnerId = actor.userId;
            }
            if (object.autoNumberFormat) {
                row.Name = formatAutoNumber(object.autoNumberFormat, this.store.nextAutoNumber(object.name));
            }
            if (object.name === 'Case') {
                row.CaseNumber = String(this.store.nextAutoNumber('Case') + 999).padStart(8, '0');
            }
            this.derive(object, row);
            this.checkRequired(object, row);
            for (const field of object.fields) {
                const value = row[field.name];
                if (field.describeType === 'reference' && !field.isSystem && typeof value === 'string') {
                    this.checkReference(actor, field, value);
                }
            }
            this.checkValidationRules(actor, object, row);
            this.checkUnique(object, row, object.fields);
            this.insertRow(object, row);
            if (object.historyObject && object.kind === 'custom') {
                this.writeHistory(object, actor, row.Id as string, [['created', null, null]]);
            }
            this.afterUserChange(object);
            this.runFlows(actor, object, row);
            this.markMasters(object, row);
            return row.Id as string;
        });
    }

    /** A share row: one per record, user and cause; a second grant changes the level (as the platform does). */
    private createShare(actor: SaveActor, object: StoredObject, given: Map<StoredField, StoredValue>): string {
        const value = (name: string): StoredValue | undefined =>
            [...given.entries()].find(([field]) => field.name === name)?.[1];
        const row: Row = {
            ParentId: value('ParentId') ?? null,
            UserOrGroupId: value('UserOrGroupId') ?? null,
            AccessLevel: value('AccessLevel') ?? null,
            RowCause: value('RowCause') ?? 'Manual'
        };
        this.checkRequired(object, row);
        for (const name of ['ParentId', 'UserOrGroupId']) {
            this.checkReference(
                { ...actor, access: null },
                object.fieldMap.get(name.toLowerCase()) as StoredField,
                row[name] as string
            );
        }
        if (
            actor.access &&
            !actor.access.canAccessRecord(object.parentObject as string, row.ParentId as string, 'delete')
        ) {
            throw new SalesforceError(
                400,
                'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
                'insufficient access rights on cross-reference id',
                ['ParentId']
            );
        }
        const now = storedDateTime(this.clock());
        const existing = this.statement(
            `SELECT Id FROM ${quoteName(object.name)} WHERE ParentId = ? AND UserOrGroupId = ? AND RowCause = ? AND IsDeleted = 0`
        )
            .pluck()
            .get(row.ParentId, row.UserOrGroupId, row.RowCause) as string | undefined;
        if (existing) {
            this.updateRow(object, existing, {
                AccessLevel: row.AccessLevel,
                LastModifiedDate: now,
                LastModifiedById: actor.userId
            });
            return existing;
        }
        const id = this.store.nextId(object);
        this.insertRow(object, { ...row, Id: id, IsDeleted: 0, LastModifiedDate: now, LastModifiedById: actor.userId });
        return id;
    }

    update(actor: SaveActor, type: string, id: string, values: Record<string, unknown>): void {
        this.transaction(() => {
            const object = this.objectFor(actor, type);
            const prior = this.existingRow(object, id);
            const recordId = prior.Id as string;
            if (actor.access) {
                if (!actor.access.canAccessRecord(object.name, recordId, 'read')) {
                    throw notFound();
                }
                if (
                    !object.updateable ||
                    !actor.access.objectAccess(object.name).edit ||
                    !actor.access.canAccessRecord(object.name, recordId, 'edit')
                ) {
                    throw insufficientAccess();
                }
            }
            const bodyId = Object.entries(values ?? {}).find(([key]) => key.toLowerCase() === 'id')?.[1];
            if (bodyId !== undefined && toId18(String(bodyId)) !== recordId) {
                throw new SalesforceError(
                    400,
                    'INVALID_ID_FIELD',
                    `The Id in the body (${String(bodyId)}) is not the record's Id ${recordId}.`,
                    ['Id']
                );
            }
            const given = this.incoming(actor, object, values, false);
            const row: Row = { ...prior };
            const changed: StoredField[] = [];
            for (const [field, value] of given) {
                if (!sameValue(prior[field.name], value)) {
                    row[field.name] = value;
                    changed.push(field);
                }
            }
            const ownerChanged = changed.some((field) => field.name === 'OwnerId');
            if (ownerChanged && actor.access && !actor.access.canAccessRecord(object.name, recordId, 'delete')) {
                throw insufficientAccess();
            }
            const now = storedDateTime(this.clock());
            row.LastModifiedDate = now;
            row.LastModifiedById = actor.userId;
            row.SystemModstamp = now;
            this.derive(object, row);
            this.checkRequired(object, row);
            for (const field of changed) {
                const value = row[field.name];
                if (field.describeType === 'reference' && typeof value === 'string') {
                    this.checkReference(actor, field, value, prior);
                }
            }
            this.checkValidationRules(actor, object, row, prior);
            this.checkUnique(object, row, changed);
            const changes: Row = {};
            for (const field of object.fields) {
                if (field.column !== null && field.name !== 'Id' && !sameValue(prior[field.name], row[field.name])) {
                    changes[field.name] = row[field.name];
                }
            }
            this.updateRow(object, recordId, changes);
            const tracked = object.trackedFields.filter((field) => changed.includes(field));
            this.writeHistory(
                object,
                actor,
                recordId,
                tracked.map((field) =>
                    VALUELESS_HISTORY_TYPES.has(field.definition.type)
                        ? [field.name, null, null]
                        : [field.name, prior[field.name], row[field.name]]
                )
            );
            if (ownerChanged && object.shareObject) {
                // A new owner starts from the default: manual shares go (Salesforce Help, "Sharing Considerations").
                this.statement(
                    `DELETE FROM ${quoteName(object.shareObject)} WHERE ParentId = ? AND RowCause = 'Manual'`
                ).run(recordId);
            }
            this.afterUserChange(object);
            this.runFlows(actor, object, row, prior);
            this.markMasters(object, prior);
            this.markMasters(object, row);
        });
    }

    upsert(
        actor: SaveActor,
        type: string,
        externalIdField: string,
        externalIdValue: string,
        values: Record<string, unknown>
    ): UpsertOutcome {
        return this.transaction(() => {
            const object = this.objectFor(actor, type);
            const field = object.fieldMap.get(String(externalIdField).toLowerCase());
            const usable =
                field &&
                (field.name === 'Id' || field.definition.externalId === true) &&
                (!actor.access || actor.access.fieldAccess(object, field).readable);
            if (!field || !usable) {
                throw new SalesforceError(
                    404,
                    'NOT_FOUND',
                    `Provided external ID field does not exist or is not accessible: ${externalIdField}`
                );
            }
            if (field.name === 'Id') {
                this.update(actor, object.name, externalIdValue, values);
                return { id: this.existingRow(object, externalIdValue).Id as string, created: false };
            }
            const key = toStoredValue(field, externalIdValue);
            const noCase = field.column === 'TEXT' && field.definition.caseSensitive !== true;
            const matches = this.statement(
                `SELECT Id FROM ${quoteName(object.name)} WHERE ${quoteName(field.name)} = ?${noCase ? ' COLLATE NOCASE' : ''} AND IsDeleted = 0 LIMIT 2`
            )
                .pluck()
                .all(key) as string[];
            if (matches.length > 1) {
                throw new SalesforceError(
                    300,
                    'MULTIPLE_CHOICES',
                    `More than one record found for ${field.name}: ${externalIdValue}`
                );
            }
            const body = Object.fromEntries(
                Object.entries(values ?? {}).filter(([name]) => name.toLowerCase() !== field.name.toLowerCase())
            );
            if (matches.length === 1) {
                this.update(actor, object.name, matches[0], body);
                return { id: matches[0], created: false };
            }
            return { id: this.create(actor, object.name, { ...body, [field.name]: externalIdValue }), created: true };
        });
    }

    remove(actor: SaveActor, type: string, id: string): void {
        this.transaction(() => {
            const object = this.objectFor(actor, type);
            const row = this.existingRow(object, id);
            const recordId = row.Id as string;
            if (actor.access) {
                if (!actor.access.canAccessRecord(object.name, recordId, 'read')) {
                    throw notFound();
                }
                if (
                    !object.deletable ||
                    !actor.access.objectAccess(object.name).delete ||
                    !actor.access.canAccessRecord(object.name, recordId, 'delete')
                ) {
                    throw insufficientAccess();
                }
            }
            if (object.kind === 'share') {
                this.statement(`DELETE FROM ${quoteName(object.name)} WHERE Id = ?`).run(recordId);
                return;
            }
            this.deleteCascade(object, row);
            this.afterUserChange(object);
        });
    }

    /** Moves a record and its details to the recycle bin; Restrict lookups refuse, SetNull lookups clear. */
    private deleteCascade(object: StoredObject, row: Row): void {
        const id = row.Id as string;
        for (const { child, field } of this.childrenByParent.get(object.name.toLowerCase()) ?? []) {
            const table = quoteName(child.name);
            const column = quoteName(field.name);
            const live = child.fieldMap.has('isdeleted') ? ' AND IsDeleted = 0' : '';
            if (field.isMasterDetail) {
                const details = this.statement(`SELECT * FROM ${table} WHERE ${column} = ?${live}`).all(id) as Row[];
                for (const detail of details) {
                    this.deleteCascade(child, detail);
                }
            } else if (field.definition.deleteConstraint === 'Restrict') {
                const blocking = this.statement(`SELECT Name FROM ${table} WHERE ${column} = ?${live} LIMIT 3`)
                    .pluck()
                    .all(id) as string[];
                if (blocking.length > 0) {
                    throw new SalesforceError(
                        400,
                        'DELETE_FAILED',
                        `Your attempt to delete ${String(row.Name ?? id)} could not be completed because it is associated with the following ${child.labelPlural}.: ${blocking.join(', ')}`
                    );
                }
            } else if (
                !field.isSystem &&
                field.name !== 'OwnerId' &&
                child.kind !== 'share' &&
                child.kind !== 'history'
            ) {
                this.statement(`UPDATE ${table} SET ${column} = NULL WHERE ${column} = ?`).run(id);
            }
        }
        const now = storedDateTime(this.clock());
        this.updateRow(object, id, { IsDeleted: 1, SystemModstamp: now });
        if (object.shareObject) {
            this.statement(`DELETE FROM ${quoteName(object.shareObject)} WHERE ParentId = ?`).run(id);
        }
        this.markMasters(object, row);
    }

    /** Users, profiles and permission set assignments decide access: forget what was computed. */
    private afterUserChange(object: StoredObject): void {
        if (['user', 'permissionsetassignment', 'permissionset'].includes(object.name.toLowerCase())) {
            this.security.forget();
        }
    }
}
