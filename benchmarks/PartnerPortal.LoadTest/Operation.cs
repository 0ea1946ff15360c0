namespace PartnerPortal.LoadTest;

/// <summary>What an analyst does and waits for, as the load measures it.</summary>
public enum Operation
{
    /// <summary>The scoring matrix opened as a page: its prerendered HTML, the circuit's start and first render batch.</summary>
    MatrixFirstRender,

    /// <summary>The same, until the matrix's links to pairs are in the page.</summary>
    MatrixReady,

    /// <summary>A pair's page opened as a page: prerendered HTML, circuit, first render batch.</summary>
    PairFirstRender,

    /// <summary>The same, until every card's scale can be clicked.</summary>
    PairReady,

    /// <summary>A matrix cell's link followed inside the circuit, until the pair's cards are live.</summary>
    OpenPair,

    /// <summary>A scale level clicked, until the card shows the choice (not saved yet).</summary>
    ScoreClick,

    /// <summary>A scale level clicked, until the card says "Saved": includes the scale's 700 ms settle time.</summary>
    ScoreSaved,

    /// <summary>A note typed, until the card says "Saved": includes the field's 800 ms debounce.</summary>
    NoteSaved,

    /// <summary>"Next pair" followed inside the circuit, until the next pair's cards are live.</summary>
    NextPair,

    /// <summary>The heat map's data, a plain HTTP download.</summary>
    HeatMapData,
}
