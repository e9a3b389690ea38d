import { Command } from 'commander';
import { targetOrgOption } from '../cli/targetOrg';
import { formatTable, runOnOrg, shown } from '../analytics/analyticsJob';
import { runCalibrationReport } from '../analytics/calibrationReport';

/** `verity calibration report --session ID`: agreement and deviations, written to the session. */
export function calibrationCommand(): Command {
    const report = new Command('report')
        .description(
            "a session's agreement statistics and each evaluator's deviation from the calibrator, written to the session"
        )
        .requiredOption('--session <id>', 'the Calibration_Session__c Id')
        .addOption(targetOrgOption())
        .action(async (options: { session: string }, command: Command) => {
            const { result, output } = await runOnOrg(command, (conn) =>
                runCalibrationReport(conn, { sessionId: options.session, now: new Date() })
            );
            const { agreement } = result;
            output.result({ ...result, deviation: undefined }, [
                `${result.sessionName}: ${result.participantCount} participants, tolerance ±${result.tolerance} points`,
                `Krippendorff's alpha (${agreement.level}, ${agreement.items} items): ${shown(agreement.alpha, 4)}` +
                    (agreement.icc
                        ? `; ICC(2,1) ${shown(agreement.icc.value, 4)} [${shown(agreement.icc.lower, 4)}, ${shown(agreement.icc.upper, 4)}]`
                        : '; ICC: ratings incomplete'),
                `Mean absolute deviation: ${shown(result.meanAbsoluteDeviation)} points; within tolerance: ${shown(result.withinToleranceRate)} %`,
                ...formatTable(
                    ['evaluator', 'score', 'deviation', 'within tolerance', 'items agreeing'],
                    result.evaluators.map((entry) => [
                        entry.evaluatorName,
                        shown(entry.score),
                        (entry.deviation > 0 ? '+' : '') + shown(entry.deviation),
                        entry.withinTolerance ? 'yes' : 'no',
                        entry.itemAgreement === null ? '–' : `${shown(entry.itemAgreement * 100, 0)} %`
                    ])
                )
            ]);
        });
    return new Command('calibration').description('calibration sessions').addCommand(report);
}
