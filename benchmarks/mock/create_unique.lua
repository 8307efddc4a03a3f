-- POST a create body with a token, each request with a phone number of its own in place of
-- NUMBER. Set TOKEN, BODY and START (where this run's numbers begin, so that runs against
-- one server never repeat a number) in the environment; run.py sets them.
local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("thread_number", #threads)
end

local counter = tonumber(os.getenv("START") or "0")
local template = os.getenv("BODY")
local headers = {
   ["Content-Type"] = "application/json",
   ["Authorization"] = os.getenv("TOKEN"),
}

function request()
   counter = counter + 1
   local number = string.format("+1%d%09d", 4 + thread_number, counter)
   return wrk.format("POST", nil, headers, (string.gsub(template, "NUMBER", number)))
end
