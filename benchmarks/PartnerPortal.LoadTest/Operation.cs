namespace PartnerPortal.LoadTest;

/// <summary>The requests an analyst makes, as the load mixes them.</summary>
public enum Operation
{
    ScoringMatrix,
    PairPage,
    HeatMapData,
    ShortlistPage,
}
