// newskg explore: find an entity by name, draw its neighbourhood (the facts it takes part in and
// the other entities of those facts), and show the evidence sentence of a fact on click.
// Everything is read from the SPARQL endpoint of the server that serves this page.
"use strict";

const ENDPOINT = new URL("../newskg/sparql", window.location.href).toString();
const PREFIXES = `PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
`;
const ENTITY_TYPES = "nkg:State nkg:InternationalOrganization nkg:StateGroup nkg:StateBody nkg:Person nkg:PersonGroup nkg:NewsOrganization nkg:Place";
const KIND_COLOURS = { Allegation: "#c0392b", Agreement: "#2e8b57", Event: "#e67e22" };

// Values go into queries as SPARQL literals or checked IRIs, never as raw text.
function literal(s) {
  return '"' + String(s).replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r") + '"';
}
function iri(u) {
  if (!/^https:\/\/w3id\.org\/newskg\/[A-Za-z0-9_\-\/#.,=%]+$/.test(u)) throw new Error("not a newskg IRI: " + u);
  return "<" + u + ">";
}
function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}
async function select(query) {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json" },
    body: PREFIXES + query,
  });
  if (!response.ok) throw new Error("the endpoint answered " + response.status);
  const json = await response.json();
  return json.results.bindings.map(b => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}
function local(uri) {
  return uri.substring(uri.lastIndexOf("#") + 1);
}

const state = { network: null, nodes: new vis.DataSet(), edges: new vis.DataSet(), ready: false };
window.newskgExplore = state;

function status(text) {
  document.getElementById("status").textContent = text;
}

async function search(name) {
  status("searching...");
  const rows = await select(`SELECT DISTINCT ?e ?label ?type WHERE {
      VALUES ?type { ${ENTITY_TYPES} }
      ?e a ?type ; rdfs:label ?label ; rdfs:label|skos:altLabel ?name .
      FILTER CONTAINS(LCASE(STR(?name)), LCASE(${literal(name)}))
    } ORDER BY STRLEN(STR(?label)) ?label LIMIT 25`);
  const list = document.getElementById("results");
  list.innerHTML = "";
  for (const r of rows) {
    const li = document.createElement("li");
    li.className = "result";
    li.dataset.iri = r.e;
    li.innerHTML = escapeHtml(r.label) + ' <span class="type">' + escapeHtml(local(r.type)) + "</span>";
    li.addEventListener("click", () => show(r.e, r.label, local(r.type)).catch(err => status(err.message)));
    list.appendChild(li);
  }
  status(rows.length + " match" + (rows.length === 1 ? "" : "es"));
}

async function show(entity, label, type) {
  state.ready = false;
  status("loading the neighbourhood of " + label + "...");
  const rows = await select(`SELECT ?fact ?factLabel ?kind ?role ?other ?otherLabel WHERE {
      ?fact ?p ${iri(entity)} ; a nkg:Fact ; rdfs:label ?factLabel .
      ?p rdfs:label ?role .
      FILTER STRSTARTS(STR(?p), STR(nkg:))
      FILTER NOT EXISTS { ?fact ?sub ${iri(entity)} . ?sub rdfs:subPropertyOf ?p . FILTER (?sub != ?p) }
      OPTIONAL { VALUES ?kind { nkg:Allegation nkg:Agreement nkg:Event } ?fact a ?kind }
      OPTIONAL { ?fact ?q ?other . ?other a nkg:NamedEntity ; rdfs:label ?otherLabel .
                 FILTER (?other != ${iri(entity)}) FILTER STRSTARTS(STR(?q), STR(nkg:)) }
    } LIMIT 1000`);
  state.nodes.clear();
  state.edges.clear();
  state.nodes.add({ id: entity, label: label, title: type, color: "#2f5d9a", font: { color: "#fff" }, shape: "box", kind: "entity" });
  // a fact's colour: allegation (also an event) before agreement before event
  const kinds = {};
  for (const r of rows) {
    const seen = kinds[r.fact] || (kinds[r.fact] = new Set());
    if (r.kind) seen.add(local(r.kind));
  }
  const kindOf = f => ["Allegation", "Agreement", "Event"].find(k => kinds[f].has(k)) || null;
  for (const r of rows) {
    if (!state.nodes.get(r.fact)) {
      state.nodes.add({ id: r.fact, label: r.factLabel, shape: "dot", size: 12, kind: "fact",
                        color: KIND_COLOURS[kindOf(r.fact)] || "#7f8c8d", font: { size: 11 } });
    }
    const edgeId = entity + " " + r.fact + " " + r.role;
    if (!state.edges.get(edgeId)) state.edges.add({ id: edgeId, from: entity, to: r.fact, label: r.role, font: { size: 10 } });
    if (r.other) {
      if (!state.nodes.get(r.other)) state.nodes.add({ id: r.other, label: r.otherLabel, color: "#9db7dd", shape: "box", kind: "entity" });
      const otherEdge = r.fact + " " + r.other;
      if (!state.edges.get(otherEdge)) state.edges.add({ id: otherEdge, from: r.fact, to: r.other, color: "#bbb" });
    }
  }
  if (!state.network) {
    state.network = new vis.Network(document.getElementById("graph"), { nodes: state.nodes, edges: state.edges },
      { physics: { stabilization: { iterations: 200 } }, interaction: { hover: true } });
    state.network.on("click", p => { if (p.nodes.length) pick(p.nodes[0]).catch(err => status(err.message)); });
    state.network.on("doubleClick", p => {
      const n = p.nodes.length ? state.nodes.get(p.nodes[0]) : null;
      if (n && n.kind === "entity") show(n.id, n.label, n.title || "").catch(err => status(err.message));
    });
  }
  state.network.once("stabilizationIterationsDone", () => { state.network.fit(); state.ready = true; });
  state.network.stabilize(200);
  status(label + ": " + Object.keys(kinds).length + " facts");
}

async function pick(nodeId) {
  const node = state.nodes.get(nodeId);
  const details = document.getElementById("details");
  if (!node || node.kind !== "fact") return;
  const rows = await select(`SELECT ?text ?begin ?end ?sentence ?sbegin ?article ?headline WHERE {
      ${iri(nodeId)} nkg:evidence ?span .
      ?span nif:anchorOf ?text ; nif:beginIndex ?begin ; nif:endIndex ?end .
      OPTIONAL { ?span nkg:sentence ?s . ?s nif:anchorOf ?sentence ; nif:beginIndex ?sbegin }
      OPTIONAL { ${iri(nodeId)} nkg:reportedIn ?article . OPTIONAL { ?article nkg:headline ?headline } }
    } ORDER BY ?begin`);
  let html = "<h3>" + escapeHtml(node.label) + "</h3>";
  for (const r of rows) {
    let sentence = escapeHtml(r.text);
    if (r.sentence) {
      const at = Number(r.begin) - Number(r.sbegin);
      const chars = Array.from(r.sentence);   // offsets count code points
      const before = chars.slice(0, at).join(""), span = chars.slice(at, at + Array.from(r.text).length).join("");
      const after = chars.slice(at + Array.from(r.text).length).join("");
      sentence = escapeHtml(before) + "<mark>" + escapeHtml(span) + "</mark>" + escapeHtml(after);
    }
    html += '<p class="sentence evidence">' + sentence + "</p>"
          + '<p class="type">characters ' + escapeHtml(r.begin) + "&ndash;" + escapeHtml(r.end) + " of "
          + escapeHtml(r.headline || r.article || "") + "</p>";
  }
  details.innerHTML = html;
}

document.getElementById("search-form").addEventListener("submit", e => {
  e.preventDefault();
  search(document.getElementById("search").value).catch(err => status(err.message));
});
const params = new URLSearchParams(window.location.search);
const initial = params.get("q");
if (params.get("entity")) {
  // a deep link: /explore/?entity=IRI&label=Name
  show(params.get("entity"), params.get("label") || params.get("entity"), "").catch(err => status(err.message));
} else if (initial) {
  document.getElementById("search").value = initial;
  search(initial).catch(err => status(err.message));
}
