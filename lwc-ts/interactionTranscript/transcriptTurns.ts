/**
 * Interaction__c.Transcript__c as turns. The transcript is plain text, one turn a line, each
 * starting `Agent:` or `Customer:` (as scripts/seed/transcripts.ts writes it and the evaluators'
 * tools show it). A line without a speaker continues the turn before it (a wrapped message);
 * text before the first speaker is kept as a turn with no speaker rather than dropped.
 */
export type Speaker = 'Agent' | 'Customer';

export interface TranscriptTurn {
    /** 1-based position in the conversation: what a citation refers to. */
    readonly number: number;
    readonly speaker: Speaker | null;
    readonly text: string;
}

const SPEAKER_LINE = /^(agent|customer)\s*:\s?(.*)$/i;

export function transcriptTurns(transcript: string | null | undefined): TranscriptTurn[] {
    const turns: { speaker: Speaker | null; lines: string[] }[] = [];
    for (const rawLine of (transcript ?? '').split(/\r?\n/)) {
        const line = rawLine.trim();
        if (line === '') {
            continue;
        }
        const spoken = SPEAKER_LINE.exec(line);
        if (spoken) {
            const speaker: Speaker = spoken[1].toLowerCase() === 'agent' ? 'Agent' : 'Customer';
            turns.push({ speaker, lines: [spoken[2].trim()] });
        } else if (turns.length > 0) {
            turns[turns.length - 1].lines.push(line);
        } else {
            turns.push({ speaker: null, lines: [line] });
        }
    }
    return turns.map((turn, index) => ({ number: index + 1, speaker: turn.speaker, text: turn.lines.join('\n') }));
}
