import type { Channel, SeedScorecard, SeedScorecardItem } from './seedModel';

/**
 * Voice, chat and email scorecards with Compliance, Resolution and Conversation sections: weights
 * that favour resolution, hard-fail items for the identity check and disclosures, and coaching-only
 * items observed but not scored — the shape of the scorecards in the product brief.
 */
type ItemShape = Omit<SeedScorecardItem, 'key' | 'name' | 'order'>;

const COMMON: ItemShape[] = [
    {
        section: 'Compliance',
        question: 'Verified the customer before discussing the account',
        points: 10,
        scale: 'YesNo',
        hardFail: true,
        coachingOnly: false,
        naAllowed: false,
        behavior: 'identity-check'
    },
    {
        section: 'Resolution',
        question: 'Understood the need and resolved it or set a clear next step',
        points: 20,
        scale: 'YesPartialNo',
        hardFail: false,
        coachingOnly: false,
        naAllowed: false,
        behavior: 'resolution'
    },
    {
        section: 'Resolution',
        question: 'Gave accurate information',
        points: 15,
        scale: 'OneToFive',
        hardFail: false,
        coachingOnly: false,
        naAllowed: false,
        behavior: 'accuracy'
    },
    {
        section: 'Conversation',
        question: 'Showed empathy and acknowledged the customer’s situation',
        points: 10,
        scale: 'OneToFive',
        hardFail: false,
        coachingOnly: false,
        naAllowed: false,
        behavior: 'empathy'
    },
    {
        section: 'Conversation',
        question: 'Handled escalation requests calmly and correctly',
        points: 10,
        scale: 'YesPartialNo',
        hardFail: false,
        coachingOnly: false,
        naAllowed: true,
        behavior: 'escalation'
    },
    {
        section: 'Conversation',
        question: 'Offered a relevant product or upgrade',
        points: 1,
        scale: 'YesNo',
        hardFail: false,
        coachingOnly: true,
        naAllowed: true,
        behavior: 'upsell'
    }
];

const BY_CHANNEL: Record<Channel, ItemShape[]> = {
    Phone: [
        {
            section: 'Compliance',
            question: 'Read the call-recording disclosure',
            points: 5,
            scale: 'YesNo',
            hardFail: true,
            coachingOnly: false,
            naAllowed: false,
            behavior: 'disclosure'
        },
        {
            section: 'Conversation',
            question: 'Used hold and transfer etiquette',
            points: 5,
            scale: 'YesNo',
            hardFail: false,
            coachingOnly: false,
            naAllowed: true,
            behavior: 'hold-etiquette'
        }
    ],
    Chat: [
        {
            section: 'Conversation',
            question: 'Replied promptly and kept the chat moving',
            points: 10,
            scale: 'OneToFive',
            hardFail: false,
            coachingOnly: false,
            naAllowed: false,
            behavior: 'responsiveness'
        }
    ],
    Email: [
        {
            section: 'Conversation',
            question: 'Wrote clearly, with correct spelling and grammar',
            points: 10,
            scale: 'OneToFive',
            hardFail: false,
            coachingOnly: false,
            naAllowed: false,
            behavior: 'writing'
        }
    ]
};

const THRESHOLDS: Record<Channel, { pass: number; autoFail: number }> = {
    Phone: { pass: 80, autoFail: 75 },
    Chat: { pass: 80, autoFail: 70 },
    Email: { pass: 85, autoFail: 70 }
};

export function generateScorecards(seed: string): SeedScorecard[] {
    return (['Phone', 'Chat', 'Email'] as Channel[]).map((channel) => {
        const name = `${channel} Quality v1 (seed ${seed})`;
        const key = `seed-${seed}-scorecard-${channel.toLowerCase()}`;
        const shapes = [...COMMON, ...BY_CHANNEL[channel]];
        return {
            key,
            name,
            channel,
            interactionType: `Customer Service seed ${seed}`,
            passThreshold: THRESHOLDS[channel].pass,
            autoFailThreshold: THRESHOLDS[channel].autoFail,
            items: shapes.map((shape, index) => ({
                ...shape,
                order: index + 1,
                key: `${key}-item-${index + 1}`,
                name: `${name} #${index + 1}`
            }))
        };
    });
}
