/// \file context_main.cpp
/// `khabar_jsonld_context`: prints the JSON-LD context document that
/// ontology/context.jsonld must hold (see context.h).

#include <iostream>

#include "exporters/jsonld/context.h"

int main() {
  std::cout << khabar::exporters::jsonld::context_document();
  return std::cout.good() ? 0 : 1;
}
