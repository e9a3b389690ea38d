import type { RandomSource } from 'c/seededRandom';
import type {
    Channel,
    SeedAssessment,
    SeedDispute,
    SeedDisputedAnswer,
    SeedInteraction,
    SeedOptions,
    SeedPerson,
    SeedScorecard,
    SeedScorecardItem
} from './seedModel';

/**
 * Disputes with outcomes: about one submitted Standard assessment in ten, old enough for its
 * dispute to have been raised in the window and decided since, is disputed by its agent on one
 * to three answers they think too low. Their team lead reviews it (level 1); some are escalated
 * to the QA manager (level 2). An answer is overturned more often when a severe evaluator gave
 * it, and almost never when the contact shows the agent really missed it. The arbitrator explains
 * every overturn in a note on the answer, and about half of what they uphold.
 */
export const DISPUTE_RATE = 0.1;
const ESCALATION_RATE = 0.2;
const DAY_MS = 86_400_000;
/** Raised within the 7-day window, reviewed in a few days, escalations a few more: all decided by now. */
const OLDEST_DECISION_DAYS = 14;

const pick = <T>(random: RandomSource, list: readonly T[]): T => list[random.nextInt(list.length)];
const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

const RECORD: Record<Channel, string> = { Phone: 'call recording', Chat: 'chat transcript', Email: 'email thread' };

/** What an agent writes when they dispute an answer on this behavior. */
const REASONS: Record<string, readonly string[]> = {
    'identity-check': [
        'I did check who I was talking to: I asked for the postcode and the date of birth before opening the account.',
        'The customer was already verified by the IVR when the call reached me, so I did not ask again.',
        'I confirmed the last four digits of the card before we talked about the payment.'
    ],
    disclosure: [
        'The recording message plays automatically on this line before I join the call.',
        'I read the disclosure straight after the greeting, it is at the very start of the recording.'
    ],
    resolution: [
        'The refund went through while the customer was still on the line, so it was resolved first time.',
        'I set a clear next step: the engineer visit was booked and the customer confirmed the date.',
        'The issue was fixed on this contact; the later case was about something else.'
    ],
    accuracy: [
        'What I told the customer matched the knowledge article at the time; it was changed the week after.',
        'The price I quoted was right for their plan, they are on the older tariff.'
    ],
    empathy: [
        'The customer was upset and I acknowledged it more than once, I said I was sorry it had happened again.',
        'I let the customer explain everything before I started on the fix and apologised for the wait.',
        'I kept calm and friendly the whole way through even though the customer was shouting.'
    ],
    escalation: [
        'The customer never asked for a manager, they said they would take it further about the bill and I dealt with that.',
        'I offered the supervisor call-back as the process says; the customer chose to carry on with me.'
    ],
    'hold-etiquette': [
        'I asked before putting the customer on hold and thanked them when I came back.',
        'There was no hold on this call, the silence is the system loading.'
    ],
    responsiveness: [
        'The gaps in the chat are the customer typing; my replies were all within the target time.',
        'I was waiting for the billing team to answer me and told the customer so.'
    ],
    writing: [
        'The reply uses the approved template; the typo is in the customer’s text I quoted, not in mine.',
        'The email was checked before sending; the short sentences are how the style guide asks us to write.'
    ]
};
const GENERAL_REASONS = [
    'I think this was marked too harshly, please listen again to the whole contact.',
    'I followed the process for this contact type; I can show where in the notes.'
];

const SUMMARIES = [
    'I would like this assessment reviewed: I do not think these answers reflect the contact.',
    'The {record} shows I did what the scorecard asks on these points.',
    'This score took my average below target and I believe some answers are wrong; details on each one.'
];

const RESOLUTIONS: Record<SeedDispute['outcome'], readonly string[]> = {
    Upheld: [
        'Reviewed the whole {record}: the answers stand as scored. Talked it through with the agent.',
        'The {record} supports the evaluator on each point; no change to the score.'
    ],
    Overturned: [
        'The {record} backs the agent up: the answers are corrected and the score recalculated.',
        'Agreed with the agent on every point after reviewing the {record}; feedback passed to the evaluator.'
    ],
    'Partially Upheld': [
        'Reviewed the {record}: accepted {overturned} of {disputed} points, the others stand as scored.',
        'Some of the dispute is fair: {overturned} of {disputed} answers corrected, the rest are right as scored.'
    ]
};

/** What an arbitrator writes on an answer they decide. */
const NOTES: Record<SeedDisputedAnswer['outcome'], readonly string[]> = {
    Overturned: [
        'It is there in the {record}: the agent did this, the evaluator missed it.',
        'The {record} supports the agent on this one; the answer is corrected.',
        'Done later in the contact than the guidance expects, but done. Corrected.'
    ],
    Upheld: [
        'I went through the {record} twice and could not find it.',
        'What the agent describes is not what the {record} shows; the answer stands.',
        'The process asks for this on every contact of this type, whatever the customer says.'
    ]
};
const UPHELD_NOTE_RATE = 0.5;

/** Whether an agent could argue for a better answer: a scored item, answered below the top of its scale. */
function disputable(item: SeedScorecardItem, answer: string): boolean {
    return !item.coachingOnly && answer !== 'NA' && answer !== 'Yes' && answer !== '5';
}

/** The better answer the agent argues for (the answer is disputable). */
function proposalFor(item: SeedScorecardItem, answer: string, random: RandomSource): string {
    if (item.scale === 'OneToFive') {
        return String(Math.min(5, Number(answer) + 1 + random.nextInt(2)));
    }
    // "It did not apply" is an agent's argument where the item allows N/A (no hold, no escalation).
    if (item.naAllowed && random.nextFloat() < 0.3) {
        return 'NA';
    }
    return item.scale === 'YesPartialNo' && answer === 'No' && random.nextFloat() < 0.5 ? 'Partial' : 'Yes';
}

/** How likely the arbitrator is to overturn this answer, from what happened and who scored it. */
function overturnChance(item: SeedScorecardItem, contact: SeedInteraction, evaluator: SeedPerson): number {
    if (item.behavior === 'identity-check' && !contact.identityChecked) {
        return 0.05;
    }
    // Severity is in points (severe −, lenient +): a severe evaluator's low answers are more often wrong.
    return clamp(0.3 - (evaluator.severity ?? 0) / 20, 0.1, 0.7);
}

function fill(text: string, values: Record<string, string | number>): string {
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
}

/** The arbitrator's note on one decision: always on an overturn, on about half of what is upheld. */
function decisionNote(outcome: SeedDisputedAnswer['outcome'], record: string, random: RandomSource): string | null {
    if (outcome === 'Upheld' && random.nextFloat() >= UPHELD_NOTE_RATE) {
        return null;
    }
    return fill(pick(random, NOTES[outcome]), { record });
}

export function generateDisputes(
    options: SeedOptions,
    people: readonly SeedPerson[],
    scorecards: readonly SeedScorecard[],
    interactions: readonly SeedInteraction[],
    assessments: readonly SeedAssessment[],
    random: RandomSource
): SeedDispute[] {
    const byUsername = new Map(people.map((p) => [p.username, p]));
    const manager = people.find((p) => p.role === 'qaManager') as SeedPerson;
    const scorecardByKey = new Map(scorecards.map((s) => [s.key, s]));
    const contactByKey = new Map(interactions.map((c) => [c.key, c]));
    const latestSubmission = options.now.getTime() - OLDEST_DECISION_DAYS * DAY_MS;
    const standard = assessments.filter((a) => a.type === 'Standard');
    const itemOf = (a: SeedAssessment, itemKey: string): SeedScorecardItem =>
        (scorecardByKey.get(a.scorecardKey) as SeedScorecard).items.find((i) => i.key === itemKey) as SeedScorecardItem;
    const eligible = standard.filter(
        (a) =>
            Date.parse(a.submittedAt) <= latestSubmission &&
            a.answers.some((answer) => disputable(itemOf(a, answer.itemKey), answer.answer))
    );
    // A seeded partial shuffle picks the disputed ones; they keep the assessments' order after.
    const count = Math.min(eligible.length, Math.round(DISPUTE_RATE * standard.length));
    const order = eligible.map((_, index) => index);
    for (let i = 0; i < count; i += 1) {
        const j = i + random.nextInt(order.length - i);
        [order[i], order[j]] = [order[j], order[i]];
    }
    const chosen = order.slice(0, count).sort((x, y) => x - y);
    const decided = chosen.map((index) => {
        const assessment = eligible[index];
        const contact = contactByKey.get(assessment.interactionKey) as SeedInteraction;
        const agent = byUsername.get(assessment.agentUsername) as SeedPerson;
        const evaluator = byUsername.get(assessment.evaluatorUsername) as SeedPerson;
        // The answers that cost the agent most come first: a failed hard-fail item, then the heaviest.
        const candidates = assessment.answers
            .map((answer) => ({ answer, item: itemOf(assessment, answer.itemKey) }))
            .filter(({ answer, item }) => disputable(item, answer.answer))
            .sort((x, y) => Number(y.item.hardFail) - Number(x.item.hardFail) || y.item.points - x.item.points);
        const answers: SeedDisputedAnswer[] = candidates.slice(0, 1 + random.nextInt(3)).map(({ answer, item }) => ({
            itemKey: item.key,
            originalAnswer: answer.answer,
            proposedAnswer: proposalFor(item, answer.answer, random),
            reason: pick(random, REASONS[item.behavior] ?? GENERAL_REASONS),
            outcome: random.nextFloat() < overturnChance(item, contact, evaluator) ? 'Overturned' : 'Upheld',
            note: null
        }));
        const overturned = answers.filter((a) => a.outcome === 'Overturned').length;
        const outcome: SeedDispute['outcome'] =
            overturned === 0 ? 'Upheld' : overturned === answers.length ? 'Overturned' : 'Partially Upheld';
        const escalated = random.nextFloat() < ESCALATION_RATE;
        const raisedMs = Date.parse(assessment.submittedAt) + (1 + random.nextInt(6)) * DAY_MS;
        const decidedMs = raisedMs + (1 + random.nextInt(4) + (escalated ? 2 + random.nextInt(3) : 0)) * DAY_MS;
        const record = RECORD[contact.channel];
        const dispute: SeedDispute = {
            key: `${assessment.key}-dispute`,
            assessmentKey: assessment.key,
            agentUsername: agent.username,
            reviewerUsername: agent.managerUsername ?? manager.username,
            escalatedToUsername: escalated ? manager.username : null,
            summary: fill(pick(random, SUMMARIES), { record }),
            resolution: fill(pick(random, RESOLUTIONS[outcome]), {
                record,
                overturned,
                disputed: answers.length
            }),
            resolvedAt: new Date(decidedMs).toISOString(),
            outcome,
            answers
        };
        return { dispute, record };
    });
    // The notes draw last, so the disputes themselves come out as they did before there were notes.
    return decided.map(({ dispute, record }) => ({
        ...dispute,
        answers: dispute.answers.map((answer) => ({ ...answer, note: decisionNote(answer.outcome, record, random) }))
    }));
}
