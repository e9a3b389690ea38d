/**
 * The dispute rules the components follow before the platform enforces them: who may raise a
 * dispute and until when, what may be proposed, how the outcome follows from the disputed answers,
 * and how the records are keyed. The platform's validation rules stay the authority; these keep
 * the person from being handed a form it would refuse.
 *
 * Pure: no platform modules, no I/O.
 */

export {
    disputeOutcome,
    isDisputeActive,
    isDisputeClosed,
    isDisputeInReview,
    type DisputeOutcome
} from './disputeStatus';
export { disputeWindow, type DisputeWindow, type DisputeWindowFacts } from './disputeWindow';
export { answerLabel, proposedAnswers } from './proposedAnswers';
export { disputeItemKey, sameRecordId } from './recordIds';
