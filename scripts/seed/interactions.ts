import type { RandomSource } from 'c/seededRandom';
import { normalDraw } from './people';
import type { Channel, SeedInteraction, SeedOptions, SeedPerson } from './seedModel';
import { CONTACT_TOPICS, composeTranscript, type CustomerMood } from './transcripts';

/**
 * Cases with one interaction each, spread over the seeded months. A contact's quality follows the
 * agent's skill; CSAT, first-contact resolution, handle time and upsells follow quality the way
 * they do in real centers (better conversations resolve more, score higher and sell more), with
 * noise so the relation is a correlation, not a rule.
 */
export const INTERACTIONS_PER_AGENT_PER_MONTH = 12;
const DAY_MS = 86_400_000;
const CHANNEL_MIX: readonly Channel[] = ['Phone', 'Phone', 'Phone', 'Chat', 'Chat', 'Email'];
const QUEUES: Record<Channel, string> = { Phone: 'Voice Support', Chat: 'Web Chat', Email: 'Email Care' };
const UPSELL_AMOUNTS = [5, 10, 24, 60];

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));
const chance = (random: RandomSource, p: number): boolean => random.nextFloat() < p;

export function generateInteractions(
    options: SeedOptions,
    people: readonly SeedPerson[],
    random: RandomSource
): SeedInteraction[] {
    const agents = people.filter((p) => p.role === 'agent');
    const spanMs = options.months * 30 * DAY_MS;
    const start = options.now.getTime() - spanMs;
    const perAgent = INTERACTIONS_PER_AGENT_PER_MONTH * options.months;
    const interactions: SeedInteraction[] = [];
    agents.forEach((agent, agentIndex) => {
        for (let n = 0; n < perAgent; n += 1) {
            const channel = CHANNEL_MIX[random.nextInt(CHANNEL_MIX.length)];
            const topic = CONTACT_TOPICS[random.nextInt(CONTACT_TOPICS.length)];
            const quality = clamp(normalDraw(random, agent.skill ?? 0.6, 0.12), 0, 1);
            const moodDraw = random.nextFloat();
            const mood: CustomerMood = moodDraw < 0.22 ? 'angry' : moodDraw < 0.8 ? 'neutral' : 'happy';
            const identityChecked = chance(random, 0.55 + 0.43 * quality);
            const empathyShown = chance(random, quality);
            const resolved = chance(random, 0.25 + 0.65 * quality);
            const escalationRequested = mood === 'angry' && chance(random, 0.9 - 0.6 * quality);
            const upsellOffered = resolved && mood !== 'angry' && chance(random, 0.35 * quality);
            const transcript = composeTranscript(
                {
                    channel,
                    topic,
                    agentFirstName: agent.firstName,
                    customerFirstName: ['Alex', 'Sam', 'Jordan', 'Chris', 'Robin', 'Pat'][random.nextInt(6)],
                    mood,
                    identityChecked,
                    empathyShown,
                    escalationRequested,
                    resolved,
                    upsellOffered
                },
                random
            );
            // CSAT: quality and resolution lift it, an angry start pulls it down; some customers never answer.
            const csatRaw =
                1.2 + 2.2 * quality + (resolved ? 1.2 : 0) - (mood === 'angry' ? 0.8 : 0) + normalDraw(random, 0, 0.6);
            const csat = chance(random, 0.7) ? clamp(Math.round(csatRaw), 1, 5) : null;
            const baseSeconds = channel === 'Phone' ? 420 : channel === 'Chat' ? 600 : 300;
            const handleTimeSeconds = Math.round(
                baseSeconds *
                    (1.5 - 0.6 * quality) *
                    (escalationRequested ? 1.4 : 1) *
                    Math.exp(normalDraw(random, 0, 0.25))
            );
            const sentimentScore =
                Math.round(
                    clamp(
                        (mood === 'angry' ? -0.6 : mood === 'happy' ? 0.6 : 0.05) +
                            (resolved ? 0.3 : -0.3) +
                            normalDraw(random, 0, 0.15),
                        -1,
                        1
                    ) * 100
                ) / 100;
            const flagReasons = [
                escalationRequested ? 'Escalation language' : '',
                sentimentScore < -0.5 ? 'Negative sentiment' : '',
                identityChecked ? '' : 'Identity check missing'
            ].filter(Boolean);
            // Milliseconds over months exceed nextInt's 32-bit bound: draw a uniform fraction of the span.
            const startedAt = new Date(start + Math.floor(random.nextFloat() * Math.max(1, spanMs - DAY_MS)));
            const number = agentIndex * perAgent + n + 1;
            interactions.push({
                key: `seed-${options.seed}-int-${String(number).padStart(6, '0')}`,
                caseKey: `seed-${options.seed}-case-${String(number).padStart(6, '0')}`,
                caseSubject: topic.subject,
                caseReason: topic.reason,
                caseStatus: resolved ? 'Closed' : escalationRequested ? 'Escalated' : 'Working',
                agentUsername: agent.username,
                channel,
                queue: QUEUES[channel],
                startedAt: startedAt.toISOString(),
                handleTimeSeconds,
                csat,
                resolvedFirstContact: resolved,
                upsellAmount: upsellOffered ? UPSELL_AMOUNTS[random.nextInt(UPSELL_AMOUNTS.length)] : 0,
                transcript,
                sentimentScore,
                aiFlagReason:
                    flagReasons.length > 0 && (escalationRequested || sentimentScore < -0.5)
                        ? flagReasons.join('; ')
                        : null,
                identityChecked,
                empathyShown,
                escalationRequested,
                quality
            });
        }
    });
    return interactions;
}
