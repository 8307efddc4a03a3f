-- POST a valid create body with a token. Set TOKEN and BODY in the environment (run.py sets
-- BODY from its CREATE_BODY, the one place the benchmark's create is written).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("TOKEN")
wrk.body = os.getenv("BODY")
