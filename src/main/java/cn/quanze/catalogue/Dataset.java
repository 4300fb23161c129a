package cn.quanze.catalogue;

import cn.quanze.issuers.IssuerList;

/**
 * Everything Quanze answers from, loaded and validated together. {@code sha256} is computed over
 * the bytes of every file used, so each answer can say exactly which data it rests on.
 */
public record Dataset(TownshipCatalogue catalogue, IssuerList issuers, BodyDirectory bodies, Gazetteer gazetteer,
                      Synonyms synonyms, java.util.List<Revision> revisions, PenaltyProvisions penaltyProvisions,
                      LegalParameters parameters, Vocabulary vocabulary,
                      ConductElements conductElements, Misheard misheard, String sha256) {
}
