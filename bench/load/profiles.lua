-- Random profile pages /profielen/<code> over the generated codes (file named by $CODES).
local codes = {}
for line in io.lines(os.getenv("CODES")) do codes[#codes + 1] = line end
math.randomseed(4)

request = function()
  return wrk.format("GET", "/profielen/" .. codes[math.random(#codes)])
end
