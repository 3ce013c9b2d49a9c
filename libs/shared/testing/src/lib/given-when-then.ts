import { Decider, DomainEvent } from '@maillage/shared/kernel';

/**
 * `given(events).when(command).then(events)` for deciders: the test states
 * history and expectations as events, never as internal state.
 */
export function deciderSpec<Command, Event extends DomainEvent, State>(decider: Decider<Command, Event, State>) {
  return {
    given(history: readonly Event[]) {
      const state = history.reduce(decider.evolve, decider.initialState());
      return {
        when(command: Command) {
          const run = () => decider.decide(command, state);
          return {
            then(expected: readonly Event[]): void {
              expect(run()).toEqual(expected);
            },
            thenThrows(code: string): void {
              let caught: unknown = null;
              try {
                run();
              } catch (error) {
                caught = error;
              }
              expect(caught).toMatchObject({ code });
            },
          };
        },
      };
    },
  };
}
