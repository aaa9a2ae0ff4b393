"use client";
import type { ScenarioInput, SensitivityRow, SimulationResult } from "@insats/domain";
import { useEffect, useRef, useState } from "react";
import type { SimulationRequest, SimulationResponse } from "./protocol";

export interface SimulationState {
  simulation: SimulationResult | null;
  sensitivity: SensitivityRow[] | null;
  /** The input the shown results (or the failure) belong to; differs from the current input while a run is under way. */
  input: ScenarioInput | null;
  /** Why the run of `input` failed. The previous run's figures are then gone: they belong to another input. */
  error: string | null;
}

/**
 * What the results show once a run has answered: its figures, or its failure and nothing else, so that a failed run
 * is never shown with the figures of the run before it.
 */
export function settled(request: SimulationRequest, response: SimulationResponse): SimulationState {
  if ("error" in response) return { simulation: null, sensitivity: null, input: request.input, error: response.error };
  return { simulation: response.simulation, sensitivity: response.sensitivity, input: request.input, error: null };
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
      setState(settled(request, response));
      const next = waiting.current;
      waiting.current = null;
      if (next) post(next);
    };
    // The worker itself failed (its script did not load, or it ran out of memory): the run under way is lost.
    instance.onerror = (event) => {
      event.preventDefault();
      const request = running.current;
      running.current = null;
      setState({ simulation: null, sensitivity: null, input: request?.input ?? null, error: event.message || "worker failed" });
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
