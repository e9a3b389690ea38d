import type { RandomSource } from 'c/seededRandom';
import { normalDraw } from './people';
import type {
    SeedAssessment,
    SeedCalibrationSession,
    SeedCoachingTask,
    SeedInteraction,
    SeedOptions,
    SeedPerson,
    SeedSamplingPlan,
    SeedScorecard,
    SeedScorecardItem
} from './seedModel';

/**
 * The quality history: submitted assessments whose answers follow what happened on the contact,
 * shifted by each evaluator's severity; coaching on what failed; calibration sessions; the
 * sampling plans that will pick the next work.
 */
export const ASSESSMENTS_PER_AGENT_PER_MONTH = 4;
const DAY_MS = 86_400_000;

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

function answerFor(item: SeedScorecardItem, contact: SeedInteraction, lean: number, random: RandomSource): string {
    const judged = clamp(contact.quality + lean + normalDraw(random, 0, 0.08), 0, 1);
    const threeWay = (q: number): string => (q > 0.7 ? 'Yes' : q > 0.45 ? 'Partial' : 'No');
    switch (item.behavior) {
        case 'identity-check':
            return contact.identityChecked ? 'Yes' : 'No';
        case 'disclosure':
            return random.nextFloat() < 0.96 ? 'Yes' : 'No';
        case 'resolution':
            return contact.resolvedFirstContact ? 'Yes' : threeWay(judged - 0.15);
        case 'escalation':
            return contact.escalationRequested ? threeWay(judged) : 'NA';
        case 'empathy':
            return String(clamp(Math.round(1 + 4 * (contact.empathyShown ? judged : judged * 0.5)), 1, 5));
        case 'hold-etiquette':
            return random.nextFloat() < 0.5 ? 'NA' : judged > 0.4 ? 'Yes' : 'No';
        case 'upsell':
            return contact.upsellAmount > 0 ? 'Yes' : 'No';
        default:
            if (item.scale === 'OneToFive') {
                return String(clamp(Math.round(1 + 4 * judged), 1, 5));
            }
            return item.scale === 'YesNo' ? (judged > 0.5 ? 'Yes' : 'No') : threeWay(judged);
    }
}

export interface History {
    assessments: SeedAssessment[];
    coaching: SeedCoachingTask[];
    calibrations: SeedCalibrationSession[];
    samplingPlans: SeedSamplingPlan[];
}

export function generateHistory(
    options: SeedOptions,
    people: readonly SeedPerson[],
    scorecards: readonly SeedScorecard[],
    interactions: readonly SeedInteraction[],
    random: RandomSource
): History {
    const byUsername = new Map(people.map((p) => [p.username, p]));
    const evaluators = people.filter((p) => p.role === 'evaluator');
    const manager = people.find((p) => p.role === 'qaManager') as SeedPerson;
    const scorecardFor = new Map(scorecards.map((s) => [s.channel, s]));
    const nowMs = options.now.getTime();
    const byAgent = new Map<string, SeedInteraction[]>();
    for (const contact of interactions) {
        // Only contacts old enough to have been assessed and submitted before "now".
        if (Date.parse(contact.startedAt) < nowMs - 7 * DAY_MS) {
            byAgent.set(contact.agentUsername, [...(byAgent.get(contact.agentUsername) ?? []), contact]);
        }
    }
    const assessments: SeedAssessment[] = [];
    const coaching: SeedCoachingTask[] = [];
    const assess = (
        contact: SeedInteraction,
        evaluator: SeedPerson,
        type: SeedAssessment['type'],
        key: string,
        calibrationKey?: string
    ): SeedAssessment => {
        const scorecard = scorecardFor.get(contact.channel) as SeedScorecard;
        const lean = (evaluator.severity ?? 0) / 40;
        const submittedMs = Math.min(nowMs - DAY_MS, Date.parse(contact.startedAt) + (1 + random.nextInt(5)) * DAY_MS);
        return {
            key,
            interactionKey: contact.key,
            agentUsername: contact.agentUsername,
            evaluatorUsername: evaluator.username,
            scorecardKey: scorecard.key,
            type,
            calibrationKey,
            submittedAt: new Date(submittedMs).toISOString(),
            answers: scorecard.items.map((item) => ({
                itemKey: item.key,
                answer: answerFor(item, contact, lean, random)
            }))
        };
    };
    let evaluatorTurn = 0;
    for (const [agentUsername, contacts] of byAgent) {
        const count = Math.min(contacts.length, ASSESSMENTS_PER_AGENT_PER_MONTH * options.months);
        const picks = [...contacts];
        for (let i = 0; i < count; i += 1) {
            const j = i + random.nextInt(picks.length - i);
            [picks[i], picks[j]] = [picks[j], picks[i]];
            const evaluator = evaluators[evaluatorTurn % evaluators.length];
            evaluatorTurn += 1;
            const assessment = assess(
                picks[i],
                evaluator,
                'Standard',
                `seed-${options.seed}-asm-${picks[i].key.slice(-6)}`
            );
            assessments.push(assessment);
            const scorecard = scorecardFor.get(picks[i].channel) as SeedScorecard;
            const failed = assessment.answers.find((a) => a.answer === 'No' || a.answer === '1' || a.answer === '2');
            const agent = byUsername.get(agentUsername) as SeedPerson;
            if (failed && agent.managerUsername) {
                const item = scorecard.items.find((it) => it.key === failed.itemKey) as SeedScorecardItem;
                coaching.push({
                    key: `${assessment.key}-coach`,
                    assessmentKey: assessment.key,
                    itemKey: item.key,
                    agentUsername,
                    coachUsername: agent.managerUsername,
                    dueDate: new Date(Date.parse(assessment.submittedAt) + 14 * DAY_MS).toISOString().slice(0, 10),
                    behavior: item.behavior,
                    observed: `On this contact: "${item.question}" was marked ${failed.answer}.`,
                    expected: `Next time: ${item.question.toLowerCase()}, as the guidance for ${item.section} describes.`
                });
            }
        }
    }
    // One calibration session a month on a recent phone contact, every evaluator scoring it blind.
    const calibrations: SeedCalibrationSession[] = [];
    const phoneContacts = interactions.filter(
        (c) => c.channel === 'Phone' && Date.parse(c.startedAt) < nowMs - 7 * DAY_MS
    );
    for (let m = 0; m < options.months && phoneContacts.length > 0; m += 1) {
        const contact = phoneContacts[random.nextInt(phoneContacts.length)];
        const key = `seed-${options.seed}-calibration-${m + 1}`;
        if (calibrations.some((c) => c.interactionKey === contact.key)) {
            continue;
        }
        calibrations.push({
            key,
            name: `Calibration ${m + 1} (seed ${options.seed})`,
            interactionKey: contact.key,
            scorecardKey: (scorecardFor.get('Phone') as SeedScorecard).key,
            scheduledAt: new Date(Date.parse(contact.startedAt) + 2 * DAY_MS).toISOString(),
            calibratorUsername: manager.username,
            facilitatorUsername: manager.username
        });
        evaluators.forEach((evaluator, e) => {
            assessments.push(
                assess(contact, evaluator, 'Calibration', `seed-${options.seed}-cal-${m + 1}-${e + 1}`, key)
            );
        });
    }
    const samplingPlans: SeedSamplingPlan[] = scorecards.map((scorecard) => ({
        key: `seed-${options.seed}-plan-${scorecard.channel.toLowerCase()}`,
        name: `${scorecard.channel} weekly sample (seed ${options.seed})`,
        scorecardKey: scorecard.key,
        cadence: 'Weekly',
        perAgentQuota: scorecard.channel === 'Phone' ? 2 : 1,
        lookbackDays: 7,
        nextRunAt: options.now.toISOString(),
        channel: scorecard.channel,
        pool: evaluators.map((evaluator, e) => ({ evaluatorUsername: evaluator.username, capacity: 20 + 5 * (e % 3) }))
    }));
    return { assessments, coaching, calibrations, samplingPlans };
}
