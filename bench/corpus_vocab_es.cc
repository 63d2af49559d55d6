// Spanish vocabulary of the corpus generator (see corpus_vocab_en.cc).
#include "bench/corpus_vocab.h"

namespace dyad::bench {
namespace {

void FillActors(Vocabulary* v) {
  v->actors = {"Perú", "China", "Estados Unidos", "Rusia", "Ucrania", "Chile", "Brasil", "Venezuela", "Guyana",
               "Bolivia", "Argentina", "Colombia", "Ecuador", "Paraguay", "Uruguay", "México", "Canadá",
               "Panamá", "Cuba", "el Reino Unido", "Francia", "Alemania", "España", "Japón", "Corea del Sur",
               "India", "Vietnam", "Australia", "Washington", "Pekín", "Moscú", "Lima", "Brasilia",
               "Dina Boluarte", "Xi Jinping", "Pete Hegseth", "Elmer Schialer", "el Pentágono",
               "la Unión Europea", "la ONU", "el Ejército Popular de Liberación", "la Cancillería peruana",
               "el Partido Comunista de China", "Huawei"};
}

void FillSentences(Vocabulary* v) {
  v->relations = {
      "{S} se reunió con {T} el {W}", "{S} conversó con {T} sobre {X}", "{S} recibió {T_to} en {P}",
      "{S} visitó {T} por primera vez desde {Y}", "{S} viajó {T_to} para hablar sobre {X}",
      "{S} llegó {T_to} el {W} para una visita de tres días",
      "{S} firmó un acuerdo de cooperación con {T} sobre {X}", "{S} y {T} firmaron un memorando sobre {X}",
      "{S} invirtió en el sector minero {T_of}", "{S} invirtió {N} millones de dólares en {T}",
      "{S} presionó {T_to} para revisar sus lazos con Pekín", "{S} exigió {T_to} respetar el alto el fuego",
      "{S} ejerce una fuerte presión sobre {T}", "{S} criticó {T_to} por su política comercial",
      "{S} condenó {T_to} tras el incidente fronterizo", "{S} acusó {T_to} de injerencia en sus asuntos",
      "{S} denunció {T_to} ante la ONU", "La invasión {T_of} por {S} pesó sobre {X}", "{S} invadió {T} en {Y}",
      "{S} estableció relaciones diplomáticas con {T} en {Y}", "{S} reconoció {T_to} como socio estratégico",
      "{S} y {T} acordaron ampliar su cooperación sobre {X}", "{S} anunció una asociación estratégica con {T}",
      "{S} y {T} realizaron ejercicios militares conjuntos cerca de {P}",
      "{S} anunció cooperación militar con {T}", "Las conversaciones entre {S} y {T} se reanudaron en {P}",
      "La reunión entre {S} y {T} tuvo lugar en {P}", "{S} acordó con {T} un plan conjunto sobre {X}",
      "{S} y {T} se reunieron en {P}", "{S} firmó con {T} un tratado de libre comercio"};
  v->modality = {"{S} no firmó el acuerdo con {T}", "{S} podría invertir en {T}",
                 "{S} negó que criticó {T_to}", "{S} nunca visitó {T}", "{S} no se reunió con {T}",
                 "{S} habría presionado {T_to}", "{S} desmintió que invadió {T}", "{S} no reconoció {T_to}",
                 "{S} jamás criticó {T_to}", "{S} podría firmar un acuerdo con {T}"};
  v->neutral = {
      "Las conversaciones se centraron en {X}, según un comunicado publicado el {W}",
      "Analistas en {P} afirmaron que las perspectivas siguen siendo inciertas",
      "Las autoridades no dieron más detalles sobre los {N} proyectos en estudio",
      "{A} no ha comentado la información",
      "El comercio entre ambos países alcanzó {N} mil millones de dólares en {Y}",
      "Según cifras oficiales, el desempleo bajó al {N} %",
      "El ministerio publicó el texto completo del documento en su sitio web",
      "Varias empresas han suspendido sus operaciones en {P} desde {Y}",
      "Diplomáticos {A_of} y {A_of} asistieron a la ceremonia en {P}",
      "«Seguimos la situación de cerca», declaró un alto funcionario en {P}",
      "La oposición pidió una investigación sobre los contratos",
      "Los precios subieron un {N} % en el primer trimestre",
      "El acuerdo, redactado en {Y}, aún espera su ratificación",
      "Las fuerzas de seguridad fueron desplegadas a lo largo de la carretera tras las fuertes lluvias",
      "Las economías de la región dependen estrechamente del precio de las materias primas",
      "No quedó claro de inmediato cómo se financiarían las medidas",
      "El puerto de Chancay, al norte de Lima, fue inaugurado en {Y}",
      "Medios locales informaron que {N} personas asistieron a la ceremonia en {P}",
      "El ministro debe presentar el presupuesto al Congreso en las próximas semanas",
      "El cobre y el zinc representan la mayor parte de las exportaciones del país",
      "Los observadores esperan que el debate se intensifique antes de las elecciones",
      "La decisión llega en un momento en que {A} enfrenta fuertes críticas",
      "Para los expertos, {X} sigue siendo un asunto central para la región",
      "El gobierno proyecta un crecimiento del {N} % este año",
      "Los sindicatos anunciaron una huelga de {N} días en el sector minero"};
  v->prefixes = {"El {W}, ", "A principios de este mes, ", "Según funcionarios, ", "En un comunicado, ",
                 "El año pasado, ", "Mientras tanto, "};
  v->suffixes = {", dijeron funcionarios", ", según medios locales", ", afirmó un portavoz del gobierno",
                 ", indicó el ministerio en un comunicado"};
  v->headlines = {"{S} y {T} refuerzan su cooperación", "{S} revisa sus lazos con {T}",
                  "Crecen las tensiones entre {S} y {T}", "{S} firma un nuevo acuerdo con {T}",
                  "Qué significa la votación para {T}", "{S} acoge conversaciones sobre {X}",
                  "Analistas divididos sobre la estrategia {S_of}", "{S} aumenta la presión sobre {T}",
                  "Un nuevo capítulo para {S} y {T}", "Cómo {S} amplía su influencia"};
}

void FillWords(Vocabulary* v) {
  v->places = {"Lima", "Santiago", "Quito", "Bogotá", "La Paz", "Buenos Aires", "Cusco",
               "Arequipa", "Callao", "Valparaíso", "Guayaquil", "Montevideo", "Tacna", "Madrid"};
  v->topics = {"el comercio bilateral", "las exportaciones de cobre", "la minería de litio", "la migración",
               "el narcotráfico", "la seguridad regional", "los precios de la energía",
               "la financiación de infraestructuras", "los derechos de pesca", "la política climática",
               "la lucha contra el crimen organizado", "los controles fronterizos"};
  v->weekdays = {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"};
  v->reporters = {"Ana Ruiz", "Carlos Mendoza", "Lucía Fernández", "Javier Torres"};
  v->agencies = {"EFE", "AFP", "Reuters", "Europa Press"};
  v->cities = {"LIMA", "WASHINGTON", "PEKÍN", "SANTIAGO", "BOGOTÁ", "CIUDAD DE MÉXICO", "BRASILIA", "MADRID"};
  v->months = {"enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
               "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};
  v->months_short = v->months;
  v->menu = {"Inicio",  "Mundo",      "Política",       "Economía", "América",
             "Opinión", "Suscríbete", "Iniciar sesión", "Boletines", "Pódcasts"};
  v->furniture = {"Comparte en Facebook", "Comparte en Twitter", "PUBLICIDAD", "Suscríbete a nuestro boletín",
                  "Lee también: {H}", "\u00A9 {year} El Diario del Pacífico. Todos los derechos reservados.",
                  "Artículos relacionados", "Política de privacidad", "Síguenos en redes sociales",
                  "Apoya el periodismo independiente"};
  v->dateline = "{CITY}, {day} de {month} de {year} ({AGENCY}) - ";
  v->byline = "Por {R} | {day} de {month} de {year}";
}

}  // namespace

const Vocabulary& SpanishVocabulary() {
  static const Vocabulary vocabulary = [] {
    Vocabulary v;
    v.lang = "es";
    FillActors(&v);
    FillSentences(&v);
    FillWords(&v);
    return v;
  }();
  return vocabulary;
}

}  // namespace dyad::bench
