// The part of autocannon 9's API that bench/web.ts uses (the package ships no types).
declare module "autocannon" {
  type Request = { headers?: Record<string, string>; setupRequest?: (request: Request) => Request };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    requests?: Request[];
    method?: "GET" | "POST";
    body?: string;
  };
  type Result = { requests: { total: number; average: number }; errors: number; timeouts: number; non2xx: number };
  type Instance = PromiseLike<Result> & {
    on(
      event: "response",
      listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void,
    ): void;
  };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
