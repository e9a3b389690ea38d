import { SalesforceError } from '../../org/salesforceError';
import { jsonResponse, methodNotAllowed, notFound, type ApiRequest, type ApiResponse } from '../apiExchange';
import type { RouteContext } from '../restRoutes';
import { appsRoute } from './apps';
import { CallerSchema } from './callerSchema';
import { layoutRoute } from './layouts';
import { listViewsRoute } from './listViews';
import { objectInfo, objectInfoBatch } from './objectInfo';
import { packageUi } from './packageUi';
import { picklistValuesRoute } from './picklists';
import { recordDefaultsRoute } from './recordDefaults';
import { recordsRoute } from './records';
import { errorMessages } from './uiApiErrors';

/**
 * `/services/data/vNN.0/ui-api/…`: the User Interface API resources the preview's platform
 * modules call (lightning/uiRecordApi, lightning/uiObjectInfoApi, list views, layouts, record
 * defaults, apps), each answered for the caller. A refusal is the UI API's error list
 * (`[{ errorCode, message }]`).
 */

function onlyGet(request: ApiRequest): void {
    if (request.method !== 'GET') {
        throw methodNotAllowed(request.method, ['GET']);
    }
}

function dispatch(request: ApiRequest, context: RouteContext): ApiResponse {
    const [resource, ...rest] = request.segments.slice(1);
    const schema = new CallerSchema(context.org, context.caller);
    const ui = packageUi(context.org.sourceDir);
    switch (resource) {
        case 'records':
            return recordsRoute(request, schema, ui, rest);
        case 'object-info':
            onlyGet(request);
            if (rest.length === 2 && rest[0] === 'batch') {
                return objectInfoBatch(
                    schema,
                    ui,
                    rest[1].split(',').filter((name) => name !== '')
                );
            }
            if (rest.length === 1) {
                return jsonResponse(200, objectInfo(schema, ui, schema.object(rest[0])));
            }
            if ((rest.length === 3 || rest.length === 4) && rest[1] === 'picklist-values') {
                return picklistValuesRoute(request.version, schema, rest[0], rest[2], rest[3]);
            }
            throw notFound();
        case 'list-info':
        case 'list-records':
            onlyGet(request);
            return listViewsRoute(request, schema, ui, resource, rest);
        case 'layout':
            onlyGet(request);
            if (rest.length !== 1) {
                throw notFound();
            }
            return layoutRoute(request, schema, ui, rest[0]);
        case 'record-defaults':
            onlyGet(request);
            return recordDefaultsRoute(request, schema, ui, rest);
        case 'apps':
            onlyGet(request);
            return appsRoute(request, schema, ui, rest);
        default:
            throw notFound();
    }
}

export function uiApiRoute(request: ApiRequest, context: RouteContext): ApiResponse {
    try {
        return dispatch(request, context);
    } catch (error) {
        if (error instanceof SalesforceError) {
            return errorMessages(error);
        }
        throw error;
    }
}
