-- POST a valid create body with a token. The outbound gateway takes the same numbers on
-- every rule, so each request is a real create (no 409s). Set TOKEN in the environment.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("TOKEN")
wrk.body = '{"gatewayId":"gateway_out_987654321","name":"Bench rule","numbers":["+14150001111","+14150002222"],"dispatch":{"room":{"type":"dynamic","prefix":"bench"},"agent":{"type":"cloud","id":"agent_789"}},"hidePhoneNumber":false,"metadata":{"env":"bench"},"tags":["bench"]}'
