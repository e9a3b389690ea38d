import { generateContactCenter } from '../generateContactCenter';
import { DISPUTE_RATE } from '../disputes';
import type { ContactCenter, SeedScorecardItem } from '../seedModel';

/** The seeded disputes as the model makes them: who raises them, on what, when, and how they end. */
const NOW = new Date(Date.UTC(2026, 5, 1));
const center = (seed: string): ContactCenter =>
    generateContactCenter({ seed, agents: 60, teams: 6, evaluators: 8, months: 3, now: NOW });
const SCALES: Record<SeedScorecardItem['scale'], string[]> = {
    YesNo: ['Yes', 'No'],
    YesPartialNo: ['Yes', 'Partial', 'No'],
    OneToFive: ['1', '2', '3', '4', '5']
};
const DAY_MS = 86_400_000;

describe('seeded disputes', () => {
    const one = center('1');
    const items = new Map(one.scorecards.flatMap((s) => s.items.map((i) => [i.key, i] as const)));
    const assessments = new Map(one.assessments.map((a) => [a.key, a]));
    const people = new Map(one.people.map((p) => [p.username, p]));

    it('dispute about one Standard assessment in ten, each once', () => {
        const standard = one.assessments.filter((a) => a.type === 'Standard').length;
        expect(one.disputes).toHaveLength(Math.round(DISPUTE_RATE * standard));
        expect(new Set(one.disputes.map((d) => d.assessmentKey)).size).toBe(one.disputes.length);
        expect(new Set(one.disputes.map((d) => d.key)).size).toBe(one.disputes.length);
        expect(one.disputes.every((d) => assessments.get(d.assessmentKey)?.type === 'Standard')).toBe(true);
    });

    it('are raised by the assessed agent on one to three scored answers, each with a reason and a better answer on its scale', () => {
        for (const dispute of one.disputes) {
            const assessment = assessments.get(dispute.assessmentKey)!;
            expect(dispute.agentUsername).toBe(assessment.agentUsername);
            expect(dispute.answers.length).toBeGreaterThanOrEqual(1);
            expect(dispute.answers.length).toBeLessThanOrEqual(3);
            expect(dispute.summary.length).toBeGreaterThan(20);
            for (const answer of dispute.answers) {
                const item = items.get(answer.itemKey)!;
                const given = assessment.answers.find((a) => a.itemKey === answer.itemKey)?.answer;
                const allowed = [...SCALES[item.scale], ...(item.naAllowed ? ['NA'] : [])];
                expect([answer.itemKey, item.coachingOnly, answer.originalAnswer]).toEqual([
                    answer.itemKey,
                    false,
                    given
                ]);
                expect(allowed).toContain(answer.proposedAnswer);
                expect(answer.proposedAnswer).not.toBe(answer.originalAnswer);
                expect(answer.reason.length).toBeGreaterThan(20);
                // On a 1 to 5 item the agent asks for more points, never fewer.
                const fewer =
                    item.scale === 'OneToFive' && Number(answer.proposedAnswer) < Number(answer.originalAnswer);
                expect([answer.itemKey, fewer]).toEqual([answer.itemKey, false]);
            }
        }
    });

    it('are reviewed by the team lead, escalated ones decided by the QA manager, and decided since', () => {
        const manager = one.people.find((p) => p.role === 'qaManager')!;
        const escalated = one.disputes.filter((d) => d.escalatedToUsername !== null);
        expect(escalated.length).toBeGreaterThan(0);
        expect(escalated.length).toBeLessThan(one.disputes.length / 2);
        for (const dispute of one.disputes) {
            expect(dispute.reviewerUsername).toBe(people.get(dispute.agentUsername)?.managerUsername);
            expect(people.get(dispute.reviewerUsername)?.role).toBe('supervisor');
            expect([null, manager.username]).toContain(dispute.escalatedToUsername);
            const submitted = Date.parse(assessments.get(dispute.assessmentKey)!.submittedAt);
            const resolved = Date.parse(dispute.resolvedAt);
            expect(resolved - submitted).toBeGreaterThanOrEqual(2 * DAY_MS);
            expect(resolved - submitted).toBeLessThanOrEqual(14 * DAY_MS);
            expect(resolved).toBeLessThanOrEqual(NOW.getTime());
        }
    });

    it('end Upheld, Overturned or Partially Upheld as their answers were decided', () => {
        for (const dispute of one.disputes) {
            const overturned = dispute.answers.filter((a) => a.outcome === 'Overturned').length;
            const expected =
                overturned === 0 ? 'Upheld' : overturned === dispute.answers.length ? 'Overturned' : 'Partially Upheld';
            expect([dispute.key, dispute.outcome]).toEqual([dispute.key, expected]);
        }
        expect(new Set(one.disputes.map((d) => d.outcome))).toEqual(
            new Set(['Upheld', 'Overturned', 'Partially Upheld'])
        );
    });

    it('overturn a missed identity check almost never, and a severe evaluator’s answers more often than a lenient one’s', () => {
        const tally = { identity: [0, 0], severe: [0, 0], lenient: [0, 0] };
        for (const seed of ['1', '2', '3', '4', '5']) {
            const c = seed === '1' ? one : center(seed);
            const byKey = new Map(c.assessments.map((a) => [a.key, a]));
            const byName = new Map(c.people.map((p) => [p.username, p]));
            const itemByKey = new Map(c.scorecards.flatMap((s) => s.items.map((i) => [i.key, i] as const)));
            for (const dispute of c.disputes) {
                const severity = byName.get(byKey.get(dispute.assessmentKey)!.evaluatorUsername)?.severity ?? 0;
                for (const answer of dispute.answers) {
                    const group =
                        itemByKey.get(answer.itemKey)?.behavior === 'identity-check'
                            ? tally.identity
                            : severity <= -4
                              ? tally.severe
                              : severity >= 4
                                ? tally.lenient
                                : null;
                    if (group) {
                        group[0] += answer.outcome === 'Overturned' ? 1 : 0;
                        group[1] += 1;
                    }
                }
            }
        }
        const rate = ([overturned, all]: number[]): number => overturned / all;
        expect(tally.identity[1]).toBeGreaterThan(30);
        expect(rate(tally.identity)).toBeLessThan(0.15);
        expect(rate(tally.severe)).toBeGreaterThan(rate(tally.lenient) + 0.2);
    });

    it('carry the arbitrator’s note on every overturned answer and on some of the upheld ones', () => {
        const answers = one.disputes.flatMap((d) => d.answers);
        const overturned = answers.filter((a) => a.outcome === 'Overturned');
        const upheld = answers.filter((a) => a.outcome === 'Upheld');
        expect(overturned.every((a) => typeof a.note === 'string' && a.note.length > 20)).toBe(true);
        const notedUpheld = upheld.filter((a) => a.note !== null).length;
        expect(notedUpheld).toBeGreaterThan(upheld.length * 0.25);
        expect(notedUpheld).toBeLessThan(upheld.length * 0.75);
        // Every placeholder is filled in.
        expect(answers.filter((a) => a.note?.includes('{'))).toEqual([]);
    });

    it('are the same for the same seed and differ for another', () => {
        expect(center('1').disputes).toEqual(one.disputes);
        // Another seed disputes other assessments (their keys compared without the seed in them).
        const picked = (c: ContactCenter, seed: string): string[] =>
            c.disputes.map((d) => d.assessmentKey.replace(`seed-${seed}-`, ''));
        expect(picked(center('2'), '2')).not.toEqual(picked(one, '1'));
    });
});
