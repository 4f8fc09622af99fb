using InfluenceSim.Networks;
using InfluenceSim.Randomness;

namespace InfluenceSim.SimSoM;

/// <summary>
/// SimSoM's dynamics (Truong et al. 2024; its model.py) on a network of humans and bots. Each step every account
/// acts once, in a fresh random order, on the feeds as they were at the step's start: with probability mu, or when
/// its feed is empty, it posts a new message, else it reshares one from its feed (<see cref="NewsFeeds"/>); the
/// message goes to all its followers' feeds (theta copies from a bot). The step's pushes are delivered at its end, in
/// the order they were made. Then the step's measures are taken (<see cref="SimSoMMeasures"/>).
/// </summary>
public sealed class SimSoMProcess
{
    private readonly CsrGraph _followers;
    private readonly int _humans;
    private readonly SimSoMParameters _parameters;
    private readonly SimRandom _random;
    private readonly NewsFeeds _feeds;
    private readonly Inbox _inbox;
    private readonly int[] _order;
    private readonly double _expQuality;
    private readonly DiscriminativePower _discriminativePower = new();
    private int[] _inFeeds = [];
    private int[] _seenMessages = [];
    private long _views;
    private long _lowQualityViews;

    /// <param name="followers">Row v: the accounts receiving v's messages; humans are numbered first.</param>
    /// <param name="humans">How many of the accounts are human (the rest are bots).</param>
    /// <param name="parameters">The model's parameters.</param>
    /// <param name="random">The dynamics' generator.</param>
    public SimSoMProcess(CsrGraph followers, int humans, SimSoMParameters parameters, SimRandom random)
    {
        _followers = followers ?? throw new ArgumentNullException(nameof(followers));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(humans, followers.NodeCount);
        _humans = humans;
        _parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _feeds = new NewsFeeds(followers.NodeCount, parameters.Alpha);
        _inbox = new Inbox(followers);
        _order = new int[followers.NodeCount];
        for (var i = 0; i < _order.Length; i++) _order[i] = i;
        _expQuality = Math.Exp(parameters.QualityExponent);
        Measures = new SimSoMMeasures(Quality: 1, AverageFeedQuality: 0, RelativeQuality: 1 / parameters.MeanHumanQuality,
            Diversity: 0, DiscriminativePower: 1, LowQualityExposure: 0, ConvergedAtStep: null);
    }

    public MessageStore Messages { get; } = new();

    public NewsFeeds Feeds => _feeds;

    public int Steps { get; private set; }

    /// <summary>The measures after the last step (before any: SimSoM's starting quality of 1).</summary>
    public SimSoMMeasures Measures { get; private set; }

    private bool IsBot(int account) => account >= _humans;

    /// <summary>The average quality of the messages in an account's feed (0 for an empty feed).</summary>
    public double FeedQualityOf(int account)
    {
        var messages = _feeds.MessagesOf(account);
        if (messages.IsEmpty) return 0;
        double sum = 0;
        foreach (var message in messages) sum += Messages.Quality[message];
        return sum / messages.Length;
    }

    public void Step()
    {
        _random.Shuffle(_order);
        _inbox.Clear();
        foreach (var account in _order) Act(account);
        var messageCount = Messages.Count;
        for (var account = 0; account < _order.Length; account++)
        {
            _feeds.Deliver(account, _inbox.MessagesFor(account), _inbox.CopiesFor(account), messageCount);
        }

        Steps++;
        Measure();
    }

    private void Act(int account)
    {
        var isBot = IsBot(account);
        var feedCount = _feeds.CountOf(account);
        if (!isBot) CountViews(account);
        var message = feedCount > 0 && _random.NextDouble() >= _parameters.Mu
            ? _feeds.PickForReshare(account, Messages.Appeal, _random)
            : NewMessage(isBot);
        if (!isBot) Messages.CountHumanShare(message);
        var copies = isBot ? _parameters.Theta : 1;
        foreach (var follower in _followers.Neighbours(account)) _inbox.Push(follower, message, copies);
    }

    /// <summary>
    /// SimSoM's message: appeal 1 - (1 - u)^(1/e); a human's quality ln(1 - u + u exp(lambda)) / lambda (density
    /// proportional to exp(lambda q)); a bot's quality 0 and, with probability phi, appeal 1.
    /// </summary>
    private int NewMessage(bool byBot)
    {
        var appeal = 1 - Math.Pow(1 - _random.NextDouble(), 1 / _parameters.AppealExponent);
        if (byBot)
        {
            if (_random.NextDouble() < _parameters.Phi) appeal = 1;
            return Messages.Add(0, appeal, byBot: true);
        }

        var u = _random.NextDouble();
        var quality = _parameters.QualityExponent == 0 ? u : Math.Log(1 - u + u * _expQuality) / _parameters.QualityExponent;
        return Messages.Add(quality, appeal, byBot: false);
    }

    /// <summary>A human logging in sees its feed: every item is a view, a bot's message a view of low-quality content.</summary>
    private void CountViews(int account)
    {
        var messages = _feeds.MessagesOf(account);
        _views += messages.Length;
        foreach (var message in messages)
        {
            if (Messages.IsByBot(message)) _lowQualityViews++;
        }
    }

    private void Measure()
    {
        var quality = Messages.Quality;
        double sum = 0;
        long items = 0;
        if (_inFeeds.Length < Messages.Count)
        {
            _inFeeds = new int[Math.Max(Messages.Count, 2 * _inFeeds.Length)];
            _seenMessages = new int[_inFeeds.Length];
        }

        var distinct = 0;
        for (var human = 0; human < _humans; human++)
        {
            foreach (var message in _feeds.MessagesOf(human))
            {
                sum += quality[message];
                items++;
                if (_inFeeds[message]++ == 0) _seenMessages[distinct++] = message;
            }
        }

        double entropy = 0;
        for (var i = 0; i < distinct; i++)
        {
            var share = _inFeeds[_seenMessages[i]] / (double)items;
            entropy -= share * Math.Log(share);
            _inFeeds[_seenMessages[i]] = 0;
        }

        var average = items == 0 ? 0 : sum / items;
        var previous = Measures.Quality;
        var smoothed = _parameters.Rho * previous + (1 - _parameters.Rho) * average;
        var converged = Measures.ConvergedAtStep
            ?? (previous > 0 && Math.Abs(smoothed - previous) / previous < _parameters.Epsilon ? Steps : null);
        Measures = new SimSoMMeasures(
            Quality: smoothed,
            AverageFeedQuality: average,
            RelativeQuality: smoothed / _parameters.MeanHumanQuality,
            Diversity: entropy,
            DiscriminativePower: _discriminativePower.Measure(Messages),
            LowQualityExposure: _views == 0 ? 0 : _lowQualityViews / (double)_views,
            ConvergedAtStep: converged);
    }
}

/// <summary>SimSoM's outcome measures after a step, over the humans' feeds.</summary>
/// <param name="Quality">SimSoM's quality: the average quality of the messages in humans' feeds, smoothed over steps (weight rho on the past, starting at 1).</param>
/// <param name="AverageFeedQuality">This step's average quality of the messages in humans' feeds.</param>
/// <param name="RelativeQuality">Quality over the expected quality with no bots (the mean quality of a human message).</param>
/// <param name="Diversity">Entropy (natural log) of how the items in humans' feeds are shared among messages.</param>
/// <param name="DiscriminativePower">Kendall's tau between messages' quality and human shares (<see cref="SimSoM.DiscriminativePower"/>).</param>
/// <param name="LowQualityExposure">Share of all views by humans so far that were of bots' messages (quality 0).</param>
/// <param name="ConvergedAtStep">The step at which SimSoM would have stopped (smoothed quality changing by less than epsilon), if reached.</param>
public readonly record struct SimSoMMeasures(
    double Quality, double AverageFeedQuality, double RelativeQuality, double Diversity, double DiscriminativePower,
    double LowQualityExposure, int? ConvergedAtStep);
