import type { Response } from 'express';
import { HealthController } from './health.controller';

/** A response that records the status the controller sets (200 when untouched, as Express does). */
function recordingResponse() {
  const state = { status: 200 };
  const response = { status: (code: number) => ((state.status = code), response) } as unknown as Response;
  return { response, state };
}

const projection = (name: string, positionsBehind: number) => ({
  name,
  checkpoint: { transaction: 1, position: 100 - positionsBehind },
  upToDate: positionsBehind === 0,
  positionsBehind,
  parkedEvents: 0,
  runsHere: true,
  updatedAt: null,
});

/** The controller with its database report replaced: readiness is a rule over that report. */
function controllerReporting(report: Promise<unknown>, readyMaxLag = 10) {
  const store = { constructor: { name: 'FakeStore' } } as never;
  const runner = { ownedProjections: ['directory'] } as never;
  const controller = new HealthController(store, {} as never, [], runner, readyMaxLag);
  jest.spyOn(controller as unknown as { report: () => Promise<unknown> }, 'report').mockReturnValue(report);
  return controller;
}

describe('readiness', () => {
  it('is ready while every projection is within the allowed lag, parked events reported but still 200', async () => {
    const { response, state } = recordingResponse();
    const report = { status: 'degraded', projections: [projection('directory', 10), projection('competences', 0)], parked: [{ projection: 'competences', events: 2, streams: 1 }] };
    const body = await controllerReporting(Promise.resolve(report)).ready(response);
    expect(state.status).toBe(200);
    expect(body).toEqual({ status: 'degraded', lagging: [], parkedEvents: 2 });
  });

  it('says catching-up with 503, naming the projections beyond the allowed lag', async () => {
    const { response, state } = recordingResponse();
    const report = { status: 'ok', projections: [projection('directory', 11), projection('competences', 3)], parked: [] };
    const body = await controllerReporting(Promise.resolve(report)).ready(response);
    expect(state.status).toBe(503);
    expect(body).toEqual({ status: 'catching-up', lagging: ['directory'], parkedEvents: 0 });
  });

  it('is unavailable with 503 when the database fails', async () => {
    const { response, state } = recordingResponse();
    const body = await controllerReporting(Promise.reject(new Error('connection refused'))).ready(response);
    expect(state.status).toBe(503);
    expect(body).toMatchObject({ status: 'unavailable' });
  });

  it('answers liveness without asking the database anything', () => {
    const failing = Promise.reject(new Error('must not be awaited'));
    failing.catch(() => undefined);
    const controller = controllerReporting(failing);
    expect(controller.live()).toEqual({ status: 'ok' });
    expect((controller as unknown as { report: jest.Mock }).report).not.toHaveBeenCalled();
  });
});
