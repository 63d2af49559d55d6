# The default rule pack, compiled into the binary. Listed explicitly: a new
# rule file is added here.
set(DYAD_RULE_FILES
  entities/countries.yaml
  entities/actors.yaml
  entities/places.yaml
  modality.yaml
  relations/cooperation.yaml
  relations/conflict.yaml
  relations/diplomacy.yaml
)
