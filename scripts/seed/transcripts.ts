import type { RandomSource } from 'c/seededRandom';

/**
 * Transcripts composed from phrase banks: each conversation is built from what happened on the
 * contact (the flags below), so a transcript always shows what its record says — an identity check
 * when one was made, empathy when it was shown, escalation language when the customer asked for a
 * manager — and never text a model made up.
 */
export type CustomerMood = 'angry' | 'neutral' | 'happy';

export interface ConversationFacts {
    channel: 'Phone' | 'Chat' | 'Email';
    topic: ContactTopic;
    agentFirstName: string;
    customerFirstName: string;
    mood: CustomerMood;
    identityChecked: boolean;
    empathyShown: boolean;
    escalationRequested: boolean;
    resolved: boolean;
    upsellOffered: boolean;
}

export interface ContactTopic {
    reason: string;
    subject: string;
    problem: string;
    fix: string;
    followUp: string;
}

export const CONTACT_TOPICS: readonly ContactTopic[] = [
    {
        reason: 'Billing',
        subject: 'Charged twice on the latest invoice',
        problem: 'I was charged twice for this month and nobody told me why',
        fix: 'I have reversed the duplicate charge; it will be back on your card in three to five working days',
        followUp: 'the refund team has to approve the reversal, which I have requested'
    },
    {
        reason: 'Technical',
        subject: 'Router keeps dropping the connection',
        problem: 'my internet drops every evening and the router lights go orange',
        fix: 'I have pushed a firmware update and reset the line profile, and the connection is stable now',
        followUp: 'an engineer needs to test the line, and I have opened a ticket for that'
    },
    {
        reason: 'Delivery',
        subject: 'Order not delivered',
        problem: 'my order was meant to arrive on Tuesday and it still has not come',
        fix: 'the parcel was held at the depot; I have rebooked it for tomorrow morning with tracking',
        followUp: 'the carrier has to investigate the parcel, which takes up to two days'
    },
    {
        reason: 'Account',
        subject: 'Cannot log in to the account',
        problem: 'I am locked out of my account and the reset email never arrives',
        fix: 'I have unlocked the account and sent a fresh reset link, which you can see arriving now',
        followUp: 'the security team has to review the lock first, so I have passed it to them'
    },
    {
        reason: 'Cancellation',
        subject: 'Wants to cancel the contract',
        problem: 'I want to cancel, the price went up again and I was not warned',
        fix: 'I have moved you to the loyalty plan at the old price, with the change confirmed in writing',
        followUp: 'cancellations are handled by the retention desk, who will call you back'
    },
    {
        reason: 'Product',
        subject: 'Question about plan features',
        problem: 'I am not sure whether my plan covers international calls',
        fix: 'your plan covers forty countries; I have sent you the list and switched on the roaming bundle',
        followUp: 'I need to check the partner list with product and will email you'
    }
];

const OPENINGS: Record<ConversationFacts['channel'], readonly string[]> = {
    Phone: [
        'Thank you for calling, my name is {agent}, how can I help you today?',
        'Good morning, you are through to customer care, {agent} speaking.',
        'Hi, this is {agent}, thanks for holding. What can I do for you?',
        'Hello, {agent} here. Sorry about the wait, how can I help?'
    ],
    Chat: [
        'Hi there, you are chatting with {agent}. How can I help?',
        'Hello! {agent} from the support team here, what can I do for you today?',
        'Thanks for reaching out, I am {agent}. What is going on?'
    ],
    Email: [
        'Dear {customer}, thank you for your email. My name is {agent} and I am looking after your request.',
        'Hello {customer}, thanks for getting in touch with us. {agent} here from customer care.',
        'Hi {customer}, I am {agent} and I have picked up your message.'
    ]
};

const CUSTOMER_OPENERS: Record<CustomerMood, readonly string[]> = {
    angry: [
        'This is the third time I have contacted you about this and I am fed up. {problem}.',
        'Honestly this is ridiculous. {problem}.',
        'I have been waiting forty minutes. {problem}, and I want it sorted now.'
    ],
    neutral: ['Hi, {problem}.', 'Hello, I hope you can help. {problem}.', 'Good morning. {problem}.'],
    happy: [
        'Hi! Hopefully a quick one: {problem}.',
        'Hello, thanks for picking up. {problem}, no rush though.',
        'Hi there, you were really helpful last time, so I thought I would ask again: {problem}.'
    ]
};

const IDENTITY_CHECKS: readonly string[] = [
    'Before I look into that, can I take your full name and the postcode on the account?',
    'So I can access the account, could you confirm your date of birth and the last four digits of the card?',
    'For security, can you confirm the email address and the first line of the address we hold?'
];
const IDENTITY_ANSWERS: readonly string[] = [
    'Sure, it is {customer} Hughes, postcode M14 5RT.',
    'Yes, the fourteenth of March 1986, and the card ends 4471.',
    'It is {customer}.h@example.com, 22 Mill Lane.'
];
const IDENTITY_CONFIRMED: readonly string[] = [
    'Thank you, that all matches.',
    'Perfect, you are verified.',
    'Thanks, I have found the account.'
];
const NO_IDENTITY_CHECK: readonly string[] = [
    'Let me just pull that up.',
    'OK, I will have a look.',
    'Right, one second.'
];

const EMPATHY: readonly string[] = [
    'I am really sorry about that, I can understand how frustrating it is.',
    'I completely understand, that must have been annoying, and I want to get it fixed for you.',
    'Thank you for your patience, I am sorry you have had to chase this.'
];
const NO_EMPATHY: readonly string[] = ['OK.', 'Right.', 'Noted.'];

const ESCALATION: readonly string[] = [
    'I want to speak to your manager.',
    'This is not good enough, I want to make a formal complaint.',
    'Put me through to a supervisor, please, or I am leaving.'
];
const ESCALATION_REPLIES: readonly string[] = [
    'I understand. I will note the complaint and ask my team leader to call you back today.',
    'I can raise that as a formal complaint for you, and a supervisor will review it.'
];

const UPSELL: readonly string[] = [
    'While I have you, we have a faster plan for two pounds more a month. Would you like me to add it?',
    'You could also save by adding the device protection bundle, shall I set that up?'
];
const UPSELL_ACCEPTED = 'Go on then, add it.';

const RESOLVED_CUSTOMER: Record<CustomerMood, readonly string[]> = {
    angry: ['Fine. Thank you for actually sorting it.', 'Right, well, at least that is done now.'],
    neutral: ['Great, thank you.', 'That is all I needed, thanks.'],
    happy: ['Brilliant, thank you so much for your help!', 'Perfect, you have been really helpful.']
};
const UNRESOLVED_CUSTOMER: Record<CustomerMood, readonly string[]> = {
    angry: ['So nothing is fixed. Unbelievable.', 'I will be taking my business elsewhere then.'],
    neutral: ['OK, I will wait to hear from you then.', 'Fine, please keep me updated.'],
    happy: ['No problem, I will wait for the call.', 'OK, thanks for trying.']
};
const CLOSINGS: readonly string[] = [
    'Is there anything else I can help you with today? Thanks for contacting us, have a good day.',
    'Thanks for your time, {customer}. Take care.',
    'You will get a summary by email shortly. Thanks for getting in touch.'
];

function pick(bank: readonly string[], random: RandomSource): string {
    return bank[random.nextInt(bank.length)];
}

function fill(text: string, facts: ConversationFacts): string {
    return text
        .replace(/\{agent\}/g, facts.agentFirstName)
        .replace(/\{customer\}/g, facts.customerFirstName)
        .replace(/\{problem\}/g, facts.topic.problem.charAt(0).toUpperCase() + facts.topic.problem.slice(1));
}

/** The conversation, one turn a line, `Agent:` / `Customer:` as the evaluators' tools show it. */
export function composeTranscript(facts: ConversationFacts, random: RandomSource): string {
    const turns: [string, string][] = [];
    const agent = (text: string): void => {
        turns.push(['Agent', fill(text, facts)]);
    };
    const customer = (text: string): void => {
        turns.push(['Customer', fill(text, facts)]);
    };
    agent(pick(OPENINGS[facts.channel], random));
    customer(pick(CUSTOMER_OPENERS[facts.mood], random));
    if (facts.identityChecked) {
        agent(pick(IDENTITY_CHECKS, random));
        customer(pick(IDENTITY_ANSWERS, random));
        agent(pick(IDENTITY_CONFIRMED, random));
    } else {
        agent(pick(NO_IDENTITY_CHECK, random));
    }
    agent(pick(facts.empathyShown ? EMPATHY : NO_EMPATHY, random));
    if (facts.escalationRequested) {
        customer(pick(ESCALATION, random));
        agent(pick(ESCALATION_REPLIES, random));
    }
    if (facts.resolved) {
        agent(`Good news: ${facts.topic.fix}.`);
        customer(pick(RESOLVED_CUSTOMER[facts.mood], random));
    } else {
        agent(`I cannot fix this today: ${facts.topic.followUp}.`);
        customer(pick(UNRESOLVED_CUSTOMER[facts.mood], random));
    }
    if (facts.upsellOffered) {
        agent(pick(UPSELL, random));
        customer(UPSELL_ACCEPTED);
    }
    agent(pick(CLOSINGS, random));
    return turns.map(([who, text]) => `${who}: ${text}`).join('\n');
}

/** Phrases that mark each fact in a transcript, for tests and for readers of the seeded data. */
export const TRANSCRIPT_MARKERS = {
    identityChecks: IDENTITY_CHECKS,
    empathy: EMPATHY,
    escalation: ESCALATION,
    upsell: UPSELL
} as const;
