import { PassThrough } from 'node:stream';
import type { CommandOutput } from '../../cli/output';
import { createProgress } from '../progress';

const output = (json: boolean): CommandOutput => ({ json, result: () => undefined, note: () => undefined });

function capture(): { stream: PassThrough; text: () => string } {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
    return { stream, text: () => text };
}

describe('createProgress', () => {
    it('draws a bar with the label and the count for a person', () => {
        const { stream, text } = capture();
        const progress = createProgress('Assessments', 10, output(false), stream);
        progress.advance(4);
        progress.advance();
        progress.finish();
        progress.advance(); // after finish: ignored
        expect(text()).toContain('Assessments');
        expect(text()).toContain('5/10');
    });

    it('prints nothing with --json', () => {
        const { stream, text } = capture();
        const progress = createProgress('Assessments', 10, output(true), stream);
        progress.advance(10);
        progress.finish();
        expect(text()).toBe('');
    });
});
