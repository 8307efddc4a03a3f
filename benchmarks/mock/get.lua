-- GET one rule with a token. Set TOKEN in the environment; the URL names the rule.
wrk.method = "GET"
wrk.headers["Authorization"] = os.getenv("TOKEN")
