"use client";
import type { ScenarioInput, SensitivityRow, SimulationResult } from "@insats/domain";
import { useEffect, useRef, useState } from "react";
import type { SimulationRequest, SimulationResponse } from "./protocol";

export interface SimulationState {
  simulation: SimulationResult | null;
  sensitivity: SensitivityRow[] | null;
  /** The input the shown results belong to; differs from the current input while a run is under way. */
  input: ScenarioInput | null;
  error: string | null;
}

/**
 * Runs the simulation of `input` in a Web Worker whenever it changes. At most one run is under way; changes that
 * arrive meanwhile collapse into one further run of the newest input, so fast typing never builds a queue.
 */
export function useSimulation(input: ScenarioInput | null): SimulationState {
  const [state, setState] = useState<SimulationState>({ simulation: null, sensitivity: null, input: null, error: null });
  const worker = useRef<Worker | null>(null);
  const running = useRef<SimulationRequest | null>(null);
  const waiting = useRef<ScenarioInput | null>(null);
  const nextId = useRef(0);

  useEffect(() => {
    const instance = new Worker(new URL("./simulation.worker.ts", import.meta.url), { type: "module" });
    worker.current = instance;
    instance.onmessage = (event: MessageEvent<SimulationResponse>) => {
      const request = running.current;
      running.current = null;
      if (!request || request.id !== event.data.id) return;
      const response = event.data;
      if ("error" in response) setState((previous) => ({ ...previous, input: request.input, error: response.error }));
      else setState({ simulation: response.simulation, sensitivity: response.sensitivity, input: request.input, error: null });
      const next = waiting.current;
      waiting.current = null;
      if (next) post(next);
    };
    const pending = waiting.current;
    waiting.current = null;
    if (pending) post(pending);
    return () => {
      instance.terminate();
      worker.current = null;
      running.current = null;
    };
  }, []);

  function post(next: ScenarioInput) {
    if (!worker.current || running.current) {
      waiting.current = next;
      return;
    }
    const request = { id: ++nextId.current, input: next };
    running.current = request;
    worker.current.postMessage(request);
  }

  useEffect(() => {
    if (input) post(input);
  }, [input]);

  return state;
}
