package i18n

// zonesStrings are the zones tab's strings. Keys start with "zones.".
var zonesStrings = map[string]entry{}
