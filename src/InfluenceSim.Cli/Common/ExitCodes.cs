namespace InfluenceSim.Cli.Common;

/// <summary>Process exit codes (MODEL.md section 8).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
