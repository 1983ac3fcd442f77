// With KB_WORKERS > 1 a scrape of /metrics reaches one worker, chosen by the cluster: that worker asks
// the supervisor, which collects the registry of every listening worker and sums them with prom-client's
// aggregation (counters and histograms summed, so a rate() stays true whichever worker answers; memory
// summed; event-loop lag averaged), adds kb_api_workers (the workers serving), and hands the text back.
// A worker that does not answer within 5 s is left out of that scrape.
import cluster, { type Worker } from "node:cluster";
import { AggregatorRegistry, Gauge, type Registry } from "prom-client";

const ASK = "kb:metrics-ask"; // worker → supervisor: the whole cluster's text, please
const TEXT = "kb:metrics-text"; // supervisor → worker
const COLLECT = "kb:metrics-collect"; // supervisor → every worker: your registry, please
const PART = "kb:metrics-part"; // worker → supervisor

interface Message {
  type?: string;
  id?: number;
  text?: string;
  error?: string;
  metrics?: object[];
}

/** In the supervisor: answers the workers' requests with the metrics of every one of `serving()`. */
export function aggregateWorkerMetrics(serving: () => Worker[]): void {
  let next = 0;
  const collecting = new Map<number, (metrics: object[]) => void>();

  async function collect(): Promise<string> {
    const workers = serving().filter((w) => w.isConnected());
    const id = next++;
    const parts = await new Promise<object[][]>((resolve) => {
      const got: object[][] = [];
      const finish = () => {
        clearTimeout(timer);
        collecting.delete(id);
        resolve(got);
      };
      const timer = setTimeout(finish, 5_000);
      collecting.set(id, (metrics) => {
        got.push(metrics);
        if (got.length === workers.length) finish();
      });
      for (const worker of workers) worker.send({ type: COLLECT, id });
      if (workers.length === 0) finish();
    });
    const registry = AggregatorRegistry.aggregate(parts);
    new Gauge({
      name: "kb_api_workers",
      help: "API worker processes (KB_WORKERS) whose metrics this scrape sums.",
      registers: [registry],
    }).set(parts.length);
    return registry.metrics();
  }

  cluster.on("message", (worker, message: Message) => {
    if (message?.type === PART && message.id !== undefined)
      collecting.get(message.id)?.(message.metrics ?? []);
    if (message?.type !== ASK) return;
    const reply = (answer: Message) =>
      worker.isConnected() && worker.send({ type: TEXT, id: message.id, ...answer });
    collect().then(
      (text) => reply({ text }),
      (error: Error) => reply({ error: error.message }),
    );
  });
}

/** In a worker: hands `registry` to the supervisor when asked, and returns what /metrics serves. */
export function clusterMetricsText(registry: Registry): () => Promise<string> {
  let next = 0;
  const pending = new Map<number, (answer: Message) => void>();
  process.on("message", (message: Message) => {
    if (message?.type === COLLECT) {
      void registry
        .getMetricsAsJSON()
        .then((metrics) => process.send!({ type: PART, id: message.id, metrics }));
    }
    if (message?.type === TEXT && message.id !== undefined) pending.get(message.id)?.(message);
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
      process.send!({ type: ASK, id });
    });
}
