import type { FieldDefinition, ObjectDefinition, PackageSchema } from '../formulas';
import type { SoqlContext } from './soqlContext';
import { noSuchColumn, invalidType, unknownParentRelationship, unknownChildRelationship } from './soqlErrors';
import { column, fragment, joinFragments, quoteName, type SqlFragment } from './sqlFragment';

/** One table a parent relationship joins; a polymorphic one (Owner: User or Group) joins several. */
export interface JoinTarget {
    object: ObjectDefinition;
    alias: string;
}

/** A parent relationship step (`Case__r`, then `Case__r.Account`), joined once however often it is used. */
export interface ParentJoin {
    /** Lower-cased path from the query's object: `case__r.account`. */
    key: string;
    /** The canonical name the response uses as the nested record's key: `Case__r`, `Account`. */
    relationshipName: string;
    targets: JoinTarget[];
    /** The step before, or null when it starts at the query's object. */
    from: ParentJoin | null;
    /** The reference field followed, on the object before. */
    referenceField: FieldDefinition;
}

export interface ResolvedPath {
    field: FieldDefinition;
    /** The relationship steps, first to last; empty for a field of the query's object. */
    joins: ParentJoin[];
    /** The value's SQL (a column, a formula call, or their COALESCE over a polymorphic parent). */
    sql: SqlFragment;
}

function findObject(schema: PackageSchema, name: string): ObjectDefinition | undefined {
    return schema.objects.get(name.toLowerCase());
}

function findField(object: ObjectDefinition, name: string): FieldDefinition | undefined {
    return object.fields.get(name.toLowerCase());
}

/** The tables the local org's store has, per database, so a missing table is INVALID_TYPE, not a crash. */
const knownTables = new WeakMap<object, Set<string>>();

function tableExists(context: SoqlContext, name: string): boolean {
    let tables = knownTables.get(context.db);
    if (!tables || !tables.has(name)) {
        const rows = context.db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").all() as {
            name: string;
        }[];
        tables = new Set(rows.map((row) => row.name));
        knownTables.set(context.db, tables);
    }
    return tables.has(name);
}

/** The object by name, as the caller sees it: unreadable or unknown objects do not exist. */
export function readableObject(context: SoqlContext, name: string): ObjectDefinition {
    const object = findObject(context.schema, name);
    if (!object || !context.access.canReadObject(object.name) || !tableExists(context, object.name)) {
        throw invalidType(name);
    }
    return object;
}

/** The field by name, as the caller sees it: unreadable or unknown fields do not exist. */
export function readableField(context: SoqlContext, object: ObjectDefinition, name: string): FieldDefinition {
    const field = findField(object, name);
    if (!field || !context.access.canReadField(object.name, field.name)) {
        throw noSuchColumn(name, object.name);
    }
    return field;
}

/** The name a reference field goes by in paths: `Case__c` → `Case__r`, `OwnerId` → `Owner`. */
export function parentPathName(field: FieldDefinition): string | undefined {
    if (!field.referenceTo?.length) {
        return undefined;
    }
    if (!field.isStandard && /__c$/i.test(field.name)) {
        return `${field.name.slice(0, -3)}__r`;
    }
    return field.parentPathName;
}

export interface ChildRelationship {
    child: ObjectDefinition;
    /** The child's reference field pointing at the parent. */
    foreignKey: FieldDefinition;
    /** Canonical, as the response keys the nested QueryPage: `Lines__r`. */
    name: string;
}

/** The child relationship `name` of `parent` (`Lines__r`), as the caller sees it. */
export function childRelationship(context: SoqlContext, parent: ObjectDefinition, name: string): ChildRelationship {
    const wanted = name.toLowerCase();
    for (const child of context.schema.objects.values()) {
        for (const field of child.fields.values()) {
            if (
                !field.relationshipName ||
                !field.referenceTo?.some((target) => target.toLowerCase() === parent.name.toLowerCase()) ||
                `${field.relationshipName}__r`.toLowerCase() !== wanted
            ) {
                continue;
            }
            if (
                !context.access.canReadObject(child.name) ||
                !context.access.canReadField(child.name, field.name) ||
                !tableExists(context, child.name)
            ) {
                break;
            }
            return { child, foreignKey: field, name: `${field.relationshipName}__r` };
        }
    }
    throw unknownChildRelationship(name);
}

/** The conditions every read of `object` under `alias` carries: record visibility and, unless queryAll, not deleted. */
export function rowFilter(context: SoqlContext, object: ObjectDefinition, alias: string): SqlFragment {
    const visibility = context.access.visibilitySql(object.name, alias);
    const parts = [fragment(`(${visibility.sql})`, visibility.params)];
    if (!context.includeDeleted && object.fields.has('isdeleted')) {
        parts.push(fragment(`${column(alias, 'IsDeleted')} = 0`));
    }
    return joinFragments(parts, ' AND ');
}

function valueSql(object: ObjectDefinition, field: FieldDefinition, alias: string): SqlFragment {
    if (field.formula !== undefined) {
        // Formula fields are computed on read by the engine's SQLite function.
        return fragment(`verity_formula(?, ?, ${column(alias, 'Id')})`, [object.name, field.name]);
    }
    return fragment(column(alias, field.name));
}

/**
 * The names of one query level: its object under an alias, and the parent joins its field paths
 * need. Resolves paths case-insensitively to the schema's canonical names, and treats what the
 * caller cannot read as absent.
 */
export class QueryScope {
    readonly joins: ParentJoin[] = [];
    private readonly joinsByKey = new Map<string, ParentJoin>();

    constructor(
        readonly context: SoqlContext,
        readonly object: ObjectDefinition,
        readonly alias: string,
        private readonly nextAlias: () => string
    ) {}

    /** `Case__r.Account.Name` → the field, the joins it goes through, and its SQL. */
    resolvePath(path: string): ResolvedPath {
        const parts = path.split('.');
        const fieldName = parts.pop() ?? '';
        let from: ParentJoin | null = null;
        const chain: ParentJoin[] = [];
        for (const step of parts) {
            from = this.parentJoin(from, step);
            chain.push(from);
        }
        if (!from) {
            const field = readableField(this.context, this.object, fieldName);
            return { field, joins: chain, sql: valueSql(this.object, field, this.alias) };
        }
        const fields = from.targets.map((target) => {
            const field = findField(target.object, fieldName);
            if (!field || !this.context.access.canReadField(target.object.name, field.name)) {
                // A polymorphic parent is the platform's "Name" entity: only shared fields exist.
                throw noSuchColumn(fieldName, from.targets.length > 1 ? 'Name' : target.object.name);
            }
            return valueSql(target.object, field, target.alias);
        });
        const field = findField(from.targets[0].object, fieldName) as FieldDefinition;
        const sql =
            fields.length === 1
                ? fields[0]
                : fragment(
                      `COALESCE(${fields.map((f) => f.sql).join(', ')})`,
                      fields.flatMap((f) => f.params)
                  );
        return { field, joins: chain, sql };
    }

    private parentJoin(from: ParentJoin | null, step: string): ParentJoin {
        const key = from ? `${from.key}.${step.toLowerCase()}` : step.toLowerCase();
        const known = this.joinsByKey.get(key);
        if (known) {
            return known;
        }
        if (from && from.targets.length > 1) {
            throw unknownParentRelationship(step);
        }
        const object = from ? from.targets[0].object : this.object;
        const referenceField = [...object.fields.values()].find(
            (field) => parentPathName(field)?.toLowerCase() === step.toLowerCase()
        );
        if (!referenceField || !this.context.access.canReadField(object.name, referenceField.name)) {
            throw unknownParentRelationship(step);
        }
        const targets = (referenceField.referenceTo ?? [])
            .map((name) => findObject(this.context.schema, name))
            .filter((target): target is ObjectDefinition => !!target && this.context.access.canReadObject(target.name))
            .filter((target) => tableExists(this.context, target.name))
            .map((target) => ({ object: target, alias: this.nextAlias() }));
        if (targets.length === 0) {
            throw unknownParentRelationship(step);
        }
        const join: ParentJoin = {
            key,
            relationshipName: parentPathName(referenceField) as string,
            targets,
            from,
            referenceField
        };
        this.joins.push(join);
        this.joinsByKey.set(key, join);
        return join;
    }

    /** `"Object" t0 LEFT JOIN "Parent" t1 ON …`: parents the caller cannot see join as absent. */
    fromSql(): SqlFragment {
        const pieces: SqlFragment[] = [fragment(`${quoteName(this.object.name)} ${this.alias}`)];
        for (const join of this.joins) {
            const fromAlias = join.from ? join.from.targets[0].alias : this.alias;
            for (const target of join.targets) {
                const filter = rowFilter(this.context, target.object, target.alias);
                pieces.push(
                    fragment(
                        `LEFT JOIN ${quoteName(target.object.name)} ${target.alias} ON ${column(target.alias, 'Id')} = ${column(fromAlias, join.referenceField.name)} AND ${filter.sql}`,
                        filter.params
                    )
                );
            }
        }
        return joinFragments(pieces, ' ');
    }
}
