# The default rule pack, compiled into the binary. Listed explicitly: a new
# rule file is added here.
set(DYAD_RULE_FILES
  entities/countries.yaml
  entities/actors.yaml
  entities/organizations.yaml
  entities/officials_americas.yaml
  entities/officials_europe.yaml
  entities/officials_asia_africa.yaml
  entities/places.yaml
  entities/regions.yaml
  modality.yaml
  relations/cooperation.yaml
  relations/conflict.yaml
  relations/diplomacy.yaml
  relations/statements.yaml
  relations/consultation.yaml
  relations/economy.yaml
  relations/pressure.yaml
  relations/sanctions.yaml
  relations/structure.yaml
  relations/ties.yaml
  relations/cameo/codes.yaml
  relations/cameo/en.yaml
  lexicon/en.yaml
  lexicon/fr.yaml
  lexicon/es.yaml
)
