"""The template's four rule ids and the list kinds, as the meaning test rounds write them."""

PG = "geen-persoonsgegevens"
SG = "geen-bedrijfsgeheimen"
EB = "geen-eindbesluit"
AC = "altijd-controleren"
NOT = "mag_niet"
