"""The recognizer network: a small fully-convolutional CNN whose output frames feed CTC."""

from __future__ import annotations

import torch
from torch import nn

NUM_CLASSES = 38  # CTC blank + 37 MRZ symbols
# Channel widths of the five stages (the 1,600-step model of e4bf6eb used 16, 32, 48, 80, 160).
WIDTHS = (16, 32, 48, 96, 256)


def _cbr(cin: int, cout: int, k: tuple[int, int] | int = 3, p: tuple[int, int] | int = 1):
    return [nn.Conv2d(cin, cout, k, padding=p, bias=False), nn.BatchNorm2d(cout),
            nn.ReLU(inplace=True)]


class LineNet(nn.Module):
    """N x 1 x 32 x W ink planes -> N x 38 x 1 x W/4 class logits (one frame per 4 columns)."""

    def __init__(self, widths: tuple[int, ...] = WIDTHS) -> None:
        super().__init__()
        a, b, c, d, e = widths
        self.features = nn.Sequential(
            *_cbr(1, a), nn.MaxPool2d(2),                       # 16 x W/2
            *_cbr(a, b), nn.MaxPool2d(2),                       # 8 x W/4
            *_cbr(b, c), *_cbr(c, c), nn.MaxPool2d((2, 1)),     # 4 x W/4
            *_cbr(c, d), *_cbr(d, d), nn.MaxPool2d((2, 1)),     # 2 x W/4
            *_cbr(d, e, (2, 3), (0, 1)),                        # 1 x W/4
            *_cbr(e, e, (1, 3), (0, 1)),
            *_cbr(e, e, (1, 3), (0, 1)),
            nn.Dropout(0.1),
            nn.Conv2d(e, NUM_CLASSES, 1),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.features(x)


class WithSoftmax(nn.Module):
    """The exported graph: probabilities instead of logits."""

    def __init__(self, net: nn.Module) -> None:
        super().__init__()
        self.net = net

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.net(x), dim=1)
