package i18n

// fdiStrings are the fdi tab's strings. Keys start with "fdi.".
var fdiStrings = map[string]entry{}
