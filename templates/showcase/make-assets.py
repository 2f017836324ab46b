# Generates assets/talks-chart.png (a bar chart, 144 dpi) and assets/geneva-hills.jpg (a grayscale
# baseline JPEG, written by hand: no imaging library is needed). Run: python3 make-assets.py
import math, os, struct, zlib
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "assets"))
W, H = 480, 240
bg = (255, 255, 255); grid = (225, 230, 238); axis = (90, 100, 115)
bars = [(0.35, (47, 85, 151)), (0.62, (47, 85, 151)), (0.48, (47, 85, 151)), (0.81, (198, 40, 40)), (0.55, (47, 85, 151)), (0.70, (47, 85, 151))]
px = [[bg] * W for _ in range(H)]
for gy in range(40, H - 30, 40):
    for x in range(40, W - 20): px[gy][x] = grid
for x in range(40, W - 20): px[H - 30][x] = axis
for y in range(20, H - 29): px[y][40] = axis
for i, (v, c) in enumerate(bars):
    x0 = 60 + i * 70; top = int((H - 30) - v * (H - 60))
    for y in range(top, H - 30):
        for x in range(x0, x0 + 50): px[y][x] = c
raw = b''.join(b'\x00' + b''.join(bytes(p) for p in row) for row in px)
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
ppm = int(144 / 0.0254)
open('talks-chart.png', 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', W, H, 8, 2, 0, 0, 0))
    + chunk(b'pHYs', struct.pack('>IIB', ppm, ppm, 1)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))
W,H=480,240
def pixel(x,y):
    sky = 200 - y*0.45
    hill = 150 + 30*math.sin(x/55.0)
    v = sky if y < hill else 70 + 20*math.sin(x/9.0+y/7.0)
    if (x-380)**2 + (y-60)**2 < 26**2: v = 250
    return max(0,min(255,int(v)))
img=[[pixel(x,y) for x in range(W)] for y in range(H)]
Q=[16,11,10,16,24,40,51,61,12,12,14,19,26,58,60,55,14,13,16,24,40,57,69,56,14,17,22,29,51,87,80,62,
   18,22,37,56,68,109,103,77,24,35,55,64,81,104,113,92,49,64,78,87,103,121,120,101,72,92,95,98,112,100,103,99]
ZZ=[0,1,8,16,9,2,3,10,17,24,32,25,18,11,4,5,12,19,26,33,40,48,41,34,27,20,13,6,7,14,21,28,
    35,42,49,56,57,50,43,36,29,22,15,23,30,37,44,51,58,59,52,45,38,31,39,46,53,60,61,54,47,55,62,63]
dc_syms=list(range(12)); ac_syms=[0x00,0xF0]+[(r<<4)|s for r in range(16) for s in range(1,11)]
dc_code={s:(i,4) for i,s in enumerate(dc_syms)}; ac_code={s:(i,8) for i,s in enumerate(ac_syms)}
out=bytearray(); acc=0; n=0
def bits(v,l):
    global acc,n
    for i in range(l-1,-1,-1):
        acc=(acc<<1)|((v>>i)&1); n+=1
        if n==8:
            out.append(acc)
            if acc==0xFF: out.append(0)
            acc=0; n=0
def size(v): return 0 if v==0 else abs(v).bit_length()
def amp(v,s): return v if v>=0 else v+(1<<s)-1
C=[[ (math.sqrt(0.5) if u==0 else 1)*math.cos((2*x+1)*u*math.pi/16) for x in range(8)] for u in range(8)]
prev=0
for by in range(0,H,8):
    for bx in range(0,W,8):
        b=[[img[by+y][bx+x]-128 for x in range(8)] for y in range(8)]
        co=[0]*64
        for v in range(8):
            for u in range(8):
                s=sum(C[u][x]*C[v][y]*b[y][x] for y in range(8) for x in range(8))/4
                co[v*8+u]=int(round(s/Q[v*8+u]))
        z=[co[i] for i in ZZ]
        d=z[0]-prev; prev=z[0]; s=size(d); bits(*dc_code[s]); bits(amp(d,s),s) if s else None
        run=0
        last=max([i for i in range(1,64) if z[i]!=0],default=0)
        for i in range(1,last+1):
            if z[i]==0:
                run+=1; continue
            while run>15: bits(*ac_code[0xF0]); run-=16
            s=size(z[i]); bits(*ac_code[(run<<4)|s]); bits(amp(z[i],s),s); run=0
        if last<63: bits(*ac_code[0x00])
if n: bits((1<<(8-n))-1,8-n)
def seg(m,d): return b'\xFF'+bytes([m])+struct.pack('>H',len(d)+2)+d
qt=bytes([0])+bytes(Q[i] for i in ZZ)
def dht(cls_id,syms,length):
    counts=[0]*16; counts[length-1]=len(syms)
    return bytes([cls_id])+bytes(counts)+bytes(syms)
data=b'\xFF\xD8'+seg(0xE0,b'JFIF\x00\x01\x01\x01'+struct.pack('>HH',144,144)+b'\x00\x00')+seg(0xDB,qt)\
 +seg(0xC0,struct.pack('>BHHB',8,H,W,1)+bytes([1,0x11,0]))+seg(0xC4,dht(0x00,dc_syms,4)+dht(0x10,ac_syms,8))\
 +seg(0xDA,bytes([1,1,0x00,0,63,0]))+bytes(out)+b'\xFF\xD9'
open('geneva-hills.jpg','wb').write(data)
