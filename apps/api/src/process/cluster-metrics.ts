// With KB_WORKERS > 1 a scrape of /metrics reaches one worker, chosen by the cluster: that worker asks
// the supervisor, which gathers every worker's registry (prom-client's AggregatorRegistry: counters and
// histograms summed, so a rate() stays true whichever worker answers; memory summed; event-loop lag
// averaged) and hands the text back.
import cluster from "node:cluster";
import { AggregatorRegistry, type Registry } from "prom-client";

const REQUEST = "kb:metrics-request";
const ANSWER = "kb:metrics";

interface Answer {
  type: typeof ANSWER;
  id: number;
  text?: string;
  error?: string;
}

/** In the supervisor: answers the workers' requests with every worker's metrics. */
export function aggregateWorkerMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on("message", (worker, message: { type?: string; id?: number }) => {
    if (message?.type !== REQUEST) return;
    const reply = (answer: Omit<Answer, "type" | "id">) =>
      worker.isConnected() && worker.send({ type: ANSWER, id: message.id, ...answer });
    aggregator.clusterMetrics().then(
      (text) => reply({ text }),
      (error: Error) => reply({ error: error.message }),
    );
  });
}

/** In a worker: offers `registry` to the supervisor, and returns what /metrics should serve. */
export function clusterMetricsText(registry: Registry): () => Promise<string> {
  new AggregatorRegistry(); // answers the supervisor's requests for this worker's metrics
  AggregatorRegistry.setRegistries([registry]);
  let next = 0;
  const pending = new Map<number, (answer: Answer) => void>();
  process.on("message", (message: Answer) => {
    if (message?.type === ANSWER) pending.get(message.id)?.(message);
  });
  return () =>
    new Promise<string>((resolve, reject) => {
      const id = next++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error("the supervising process did not send the workers' metrics within 10 s"));
      }, 10_000);
      pending.set(id, (answer) => {
        clearTimeout(timer);
        pending.delete(id);
        if (answer.text !== undefined) resolve(answer.text);
        else reject(new Error(`metrics of the workers: ${answer.error}`));
      });
      process.send!({ type: REQUEST, id });
    });
}
