namespace PartnerPortal.Domain.Scoring;

/// <summary>One pairwise judgement: how much more criterion Row matters than criterion Column (Saaty's 1–9 scale).</summary>
public sealed record AhpJudgement(int Row, int Column, double Value);
