/**
 * How the metadata tests describe saves: a validation rule case is a save (record + options) the
 * rule must refuse or allow; a formula case is a record and the value the field must show.
 */

/** Creating `record` as the user in `options` (see `by`). */
export function insert(record, options) {
    return { record, options };
}

/** Changing `prior` by `changes`, as the user in `options`. */
export function update(prior, changes, options) {
    return { record: { ...prior, ...changes }, options: { ...options, prior } };
}

export function refused(title, save) {
    return { title, violates: true, ...save };
}

export function allowed(title, save) {
    return { title, violates: false, ...save };
}

export function ruleCases(object, rule, list) {
    return list.map((entry) => ({ object, rule, ...entry }));
}

/**
 * Every move between two different statuses: the allowed ones pass the transition rule, every
 * other one is refused. `build(status)` gives the record before the move.
 */
export function transitionCases(object, rule, field, statuses, allowedMoves, build, options) {
    const permitted = new Set(allowedMoves.map(([from, to]) => `${from}>${to}`));
    const list = [];
    for (const from of statuses) {
        for (const to of statuses) {
            if (from === to) {
                continue;
            }
            const move = `${from}>${to}`;
            const save = update(build(from), { [field]: to }, options);
            list.push(permitted.has(move) ? allowed(`${move} is allowed`, save) : refused(`${move} is refused`, save));
        }
    }
    return ruleCases(object, rule, list);
}

/** Formula cases: [title, record, expected value, options?]. */
export function fieldCases(object, field, list) {
    return list.map(([title, record, expected, options]) => ({
        object,
        field,
        title,
        record,
        expected,
        options: options ?? {}
    }));
}
