package i18n

// gdpStrings are the gdp tab's strings. Keys start with "gdp.".
var gdpStrings = map[string]entry{}
