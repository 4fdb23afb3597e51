-- Random queries to the search API: words and prefixes from the generated titles and contents.
local queries = {"adviseur", "burgerzaken", "medewerker dienstverlening", "belastingen", "coordinator",
  "specialist inkoop", "klantbegeleider", "vergunningen", "archief", "financien", "handhaving",
  "communicatie", "sociaal domein", "openbare ruimte", "consulent", "analist", "beheerder",
  "informatiebeheer", "personeelszaken", "welzijn", "onderwijs", "ruimtelijke ordening", "balie",
  "klant", "regisseur", "medewerker belastingen"}
math.randomseed(8)

request = function()
  local q = queries[math.random(#queries)]:gsub(" ", "+")
  return wrk.format("GET", "/api/search?q=" .. q)
end
