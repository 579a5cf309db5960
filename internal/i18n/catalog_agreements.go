package i18n

// agreementsStrings are the agreements tab's strings. Keys start with "agreements.".
var agreementsStrings = map[string]entry{}
