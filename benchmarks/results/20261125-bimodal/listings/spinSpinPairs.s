
/tmp/tmp3i4aa3yi.bin:     file format binary


Disassembly of section .data:

00007f4db4f0cc00 <.data>:
    7f4db4f0cc00:	89 84 24 00 c0 fe ff 	mov    DWORD PTR [rsp-0x14000],eax
    7f4db4f0cc07:	55                   	push   rbp
    7f4db4f0cc08:	48 81 ec 80 00 00 00 	sub    rsp,0x80
    7f4db4f0cc0f:	4c 89 4c 24 08       	mov    QWORD PTR [rsp+0x8],r9
    7f4db4f0cc14:	c4 c1 79 6e c8       	vmovd  xmm1,r8d
    7f4db4f0cc19:	4c 8b ca             	mov    r9,rdx
    7f4db4f0cc1c:	44 8b d6             	mov    r10d,esi
    7f4db4f0cc1f:	8b 51 1c             	mov    edx,DWORD PTR [rcx+0x1c]
    7f4db4f0cc22:	8b 69 0c             	mov    ebp,DWORD PTR [rcx+0xc]
    7f4db4f0cc25:	8b 59 20             	mov    ebx,DWORD PTR [rcx+0x20]
    7f4db4f0cc28:	8b 79 24             	mov    edi,DWORD PTR [rcx+0x24]
    7f4db4f0cc2b:	41 8b c8             	mov    ecx,r8d
    7f4db4f0cc2e:	b8 01 00 00 00       	mov    eax,0x1
    7f4db4f0cc33:	d3 e0                	shl    eax,cl
    7f4db4f0cc35:	ff c8                	dec    eax
    7f4db4f0cc37:	83 fe 02             	cmp    esi,0x2
    7f4db4f0cc3a:	0f 84 00 09 00 00    	je     0x7f4db4f0d540
    7f4db4f0cc40:	45 8b 51 10          	mov    r10d,DWORD PTR [r9+0x10]
    7f4db4f0cc44:	85 ed                	test   ebp,ebp
    7f4db4f0cc46:	0f 8e 13 04 00 00    	jle    0x7f4db4f0d05f
    7f4db4f0cc4c:	45 8b 59 1c          	mov    r11d,DWORD PTR [r9+0x1c]
    7f4db4f0cc50:	45 8b 41 18          	mov    r8d,DWORD PTR [r9+0x18]
    7f4db4f0cc54:	45 8b 49 14          	mov    r9d,DWORD PTR [r9+0x14]
    7f4db4f0cc58:	41 8b 4c fc 0c       	mov    ecx,DWORD PTR [r12+rdi*8+0xc]
    7f4db4f0cc5d:	85 c9                	test   ecx,ecx
    7f4db4f0cc5f:	0f 86 a7 08 00 00    	jbe    0x7f4db4f0d50c
    7f4db4f0cc65:	48 63 c9             	movsxd rcx,ecx
    7f4db4f0cc68:	48 63 f5             	movsxd rsi,ebp
    7f4db4f0cc6b:	48 ff ce             	dec    rsi
    7f4db4f0cc6e:	48 3b f1             	cmp    rsi,rcx
    7f4db4f0cc71:	0f 83 95 08 00 00    	jae    0x7f4db4f0d50c
    7f4db4f0cc77:	41 8b 74 dc 0c       	mov    esi,DWORD PTR [r12+rbx*8+0xc]
    7f4db4f0cc7c:	45 8b 6c d4 0c       	mov    r13d,DWORD PTR [r12+rdx*8+0xc]
    7f4db4f0cc81:	47 8b 74 cc 0c       	mov    r14d,DWORD PTR [r12+r9*8+0xc]
    7f4db4f0cc86:	44 89 4c 24 54       	mov    DWORD PTR [rsp+0x54],r9d
    7f4db4f0cc8b:	44 89 44 24 50       	mov    DWORD PTR [rsp+0x50],r8d
    7f4db4f0cc90:	c4 c1 79 6e eb       	vmovd  xmm5,r11d
    7f4db4f0cc95:	c4 c1 79 6e da       	vmovd  xmm3,r10d
    7f4db4f0cc9a:	c5 f9 6e e7          	vmovd  xmm4,edi
    7f4db4f0cc9e:	c5 f9 6e c3          	vmovd  xmm0,ebx
    7f4db4f0cca2:	c5 f9 6e d2          	vmovd  xmm2,edx
    7f4db4f0cca6:	47 8b 54 c4 0c       	mov    r10d,DWORD PTR [r12+r8*8+0xc]
    7f4db4f0ccab:	47 8b 5c dc 0c       	mov    r11d,DWORD PTR [r12+r11*8+0xc]
    7f4db4f0ccb0:	c4 c1 79 7e d9       	vmovd  r9d,xmm3
    7f4db4f0ccb5:	47 8b 44 cc 0c       	mov    r8d,DWORD PTR [r12+r9*8+0xc]
    7f4db4f0ccba:	44 89 44 24 24       	mov    DWORD PTR [rsp+0x24],r8d
    7f4db4f0ccbf:	44 89 5c 24 20       	mov    DWORD PTR [rsp+0x20],r11d
    7f4db4f0ccc4:	44 89 54 24 1c       	mov    DWORD PTR [rsp+0x1c],r10d
    7f4db4f0ccc9:	44 89 74 24 18       	mov    DWORD PTR [rsp+0x18],r14d
    7f4db4f0ccce:	44 89 6c 24 04       	mov    DWORD PTR [rsp+0x4],r13d
    7f4db4f0ccd3:	89 34 24             	mov    DWORD PTR [rsp],esi
    7f4db4f0ccd6:	89 44 24 14          	mov    DWORD PTR [rsp+0x14],eax
    7f4db4f0ccda:	89 6c 24 10          	mov    DWORD PTR [rsp+0x10],ebp
    7f4db4f0ccde:	c4 c1 79 7e eb       	vmovd  r11d,xmm5
    7f4db4f0cce3:	4f 8d 14 dc          	lea    r10,[r12+r11*8]
    7f4db4f0cce7:	4c 89 54 24 28       	mov    QWORD PTR [rsp+0x28],r10
    7f4db4f0ccec:	4d 8d 14 dc          	lea    r10,[r12+rbx*8]
    7f4db4f0ccf0:	4c 89 54 24 30       	mov    QWORD PTR [rsp+0x30],r10
    7f4db4f0ccf5:	4d 8d 14 fc          	lea    r10,[r12+rdi*8]
    7f4db4f0ccf9:	4c 89 54 24 38       	mov    QWORD PTR [rsp+0x38],r10
    7f4db4f0ccfe:	4d 8d 14 d4          	lea    r10,[r12+rdx*8]
    7f4db4f0cd02:	4c 89 54 24 40       	mov    QWORD PTR [rsp+0x40],r10
    7f4db4f0cd07:	4f 8d 14 cc          	lea    r10,[r12+r9*8]
    7f4db4f0cd0b:	4c 89 54 24 48       	mov    QWORD PTR [rsp+0x48],r10
    7f4db4f0cd10:	44 8b 54 24 54       	mov    r10d,DWORD PTR [rsp+0x54]
    7f4db4f0cd15:	49 c1 e2 03          	shl    r10,0x3
    7f4db4f0cd19:	4c 89 54 24 58       	mov    QWORD PTR [rsp+0x58],r10
    7f4db4f0cd1e:	44 8b 5c 24 50       	mov    r11d,DWORD PTR [rsp+0x50]
    7f4db4f0cd23:	4f 8d 14 dc          	lea    r10,[r12+r11*8]
    7f4db4f0cd27:	4c 89 54 24 60       	mov    QWORD PTR [rsp+0x60],r10
    7f4db4f0cd2c:	c5 7b 10 05 ac fe ff 	vmovsd xmm8,QWORD PTR [rip+0xfffffffffffffeac]        # 0x7f4db4f0cbe0
    7f4db4f0cd33:	ff 
    7f4db4f0cd34:	45 33 db             	xor    r11d,r11d
    7f4db4f0cd37:	eb 13                	jmp    0x7f4db4f0cd4c
    7f4db4f0cd39:	44 8b 5c 24 6c       	mov    r11d,DWORD PTR [rsp+0x6c]
    7f4db4f0cd3e:	41 ff c3             	inc    r11d
    7f4db4f0cd41:	44 3b 5c 24 10       	cmp    r11d,DWORD PTR [rsp+0x10]
    7f4db4f0cd46:	0f 8d f8 02 00 00    	jge    0x7f4db4f0d044
    7f4db4f0cd4c:	4c 8b 54 24 38       	mov    r10,QWORD PTR [rsp+0x38]
    7f4db4f0cd51:	4f 8b 74 da 10       	mov    r14,QWORD PTR [r10+r11*8+0x10]
    7f4db4f0cd56:	4d 85 f6             	test   r14,r14
    7f4db4f0cd59:	74 e3                	je     0x7f4db4f0cd3e
    7f4db4f0cd5b:	45 8b d3             	mov    r10d,r11d
    7f4db4f0cd5e:	41 c1 e2 06          	shl    r10d,0x6
    7f4db4f0cd62:	41 d1 e2             	shl    r10d,1
    7f4db4f0cd65:	44 89 54 24 68       	mov    DWORD PTR [rsp+0x68],r10d
    7f4db4f0cd6a:	44 89 5c 24 6c       	mov    DWORD PTR [rsp+0x6c],r11d
    7f4db4f0cd6f:	90                   	nop
    7f4db4f0cd70:	f3 4d 0f bc de       	tzcnt  r11,r14
    7f4db4f0cd75:	41 d1 e3             	shl    r11d,1
    7f4db4f0cd78:	44 03 5c 24 68       	add    r11d,DWORD PTR [rsp+0x68]
    7f4db4f0cd7d:	44 3b 1c 24          	cmp    r11d,DWORD PTR [rsp]
    7f4db4f0cd81:	0f 83 df 02 00 00    	jae    0x7f4db4f0d066
    7f4db4f0cd87:	4c 8b 54 24 30       	mov    r10,QWORD PTR [rsp+0x30]
    7f4db4f0cd8c:	43 8b 5c 9a 10       	mov    ebx,DWORD PTR [r10+r11*4+0x10]
    7f4db4f0cd91:	45 8b d3             	mov    r10d,r11d
    7f4db4f0cd94:	41 ff c2             	inc    r10d
    7f4db4f0cd97:	c1 eb 02             	shr    ebx,0x2
    7f4db4f0cd9a:	44 3b 14 24          	cmp    r10d,DWORD PTR [rsp]
    7f4db4f0cd9e:	0f 83 18 03 00 00    	jae    0x7f4db4f0d0bc
    7f4db4f0cda4:	44 8b cb             	mov    r9d,ebx
    7f4db4f0cda7:	c5 f9 7e c9          	vmovd  ecx,xmm1
    7f4db4f0cdab:	41 d3 e9             	shr    r9d,cl
    7f4db4f0cdae:	4d 63 d3             	movsxd r10,r11d
    7f4db4f0cdb1:	4c 8b 5c 24 30       	mov    r11,QWORD PTR [rsp+0x30]
    7f4db4f0cdb6:	47 8b 44 93 14       	mov    r8d,DWORD PTR [r11+r10*4+0x14]
    7f4db4f0cdbb:	41 c1 e8 02          	shr    r8d,0x2
    7f4db4f0cdbf:	44 3b 4c 24 04       	cmp    r9d,DWORD PTR [rsp+0x4]
    7f4db4f0cdc4:	0f 83 4a 03 00 00    	jae    0x7f4db4f0d114
    7f4db4f0cdca:	45 8b d0             	mov    r10d,r8d
    7f4db4f0cdcd:	41 d3 ea             	shr    r10d,cl
    7f4db4f0cdd0:	44 8b 5c 24 14       	mov    r11d,DWORD PTR [rsp+0x14]
    7f4db4f0cdd5:	44 23 db             	and    r11d,ebx
    7f4db4f0cdd8:	48 8b 5c 24 40       	mov    rbx,QWORD PTR [rsp+0x40]
    7f4db4f0cddd:	46 03 5c 8b 10       	add    r11d,DWORD PTR [rbx+r9*4+0x10]
    7f4db4f0cde2:	44 3b 54 24 04       	cmp    r10d,DWORD PTR [rsp+0x4]
    7f4db4f0cde7:	0f 83 83 03 00 00    	jae    0x7f4db4f0d170
    7f4db4f0cded:	44 8b 4c 24 14       	mov    r9d,DWORD PTR [rsp+0x14]
    7f4db4f0cdf2:	45 23 c8             	and    r9d,r8d
    7f4db4f0cdf5:	46 03 4c 93 10       	add    r9d,DWORD PTR [rbx+r10*4+0x10]
    7f4db4f0cdfa:	44 3b 5c 24 18       	cmp    r11d,DWORD PTR [rsp+0x18]
    7f4db4f0cdff:	0f 83 c7 03 00 00    	jae    0x7f4db4f0d1cc
    7f4db4f0ce05:	49 63 c3             	movsxd rax,r11d
    7f4db4f0ce08:	4c 8b 54 24 58       	mov    r10,QWORD PTR [rsp+0x58]
    7f4db4f0ce0d:	c4 c1 4a 5a 74 82 10 	vcvtss2sd xmm6,xmm6,DWORD PTR [r10+rax*4+0x10]
    7f4db4f0ce14:	44 3b 5c 24 1c       	cmp    r11d,DWORD PTR [rsp+0x1c]
    7f4db4f0ce19:	0f 83 0d 04 00 00    	jae    0x7f4db4f0d22c
    7f4db4f0ce1f:	4c 8b 54 24 60       	mov    r10,QWORD PTR [rsp+0x60]
    7f4db4f0ce24:	c4 41 1a 5a 64 82 10 	vcvtss2sd xmm12,xmm12,DWORD PTR [r10+rax*4+0x10]
    7f4db4f0ce2b:	44 3b 5c 24 20       	cmp    r11d,DWORD PTR [rsp+0x20]
    7f4db4f0ce30:	0f 83 5e 04 00 00    	jae    0x7f4db4f0d294
    7f4db4f0ce36:	4c 8b 54 24 28       	mov    r10,QWORD PTR [rsp+0x28]
    7f4db4f0ce3b:	c4 41 22 5a 5c 82 10 	vcvtss2sd xmm11,xmm11,DWORD PTR [r10+rax*4+0x10]
    7f4db4f0ce42:	44 3b 4c 24 18       	cmp    r9d,DWORD PTR [rsp+0x18]
    7f4db4f0ce47:	0f 83 bf 04 00 00    	jae    0x7f4db4f0d30c
    7f4db4f0ce4d:	4d 63 e9             	movsxd r13,r9d
    7f4db4f0ce50:	4c 8b 54 24 58       	mov    r10,QWORD PTR [rsp+0x58]
    7f4db4f0ce55:	c4 81 42 5a 7c aa 10 	vcvtss2sd xmm7,xmm7,DWORD PTR [r10+r13*4+0x10]
    7f4db4f0ce5c:	44 3b 4c 24 1c       	cmp    r9d,DWORD PTR [rsp+0x1c]
    7f4db4f0ce61:	0f 83 0d 05 00 00    	jae    0x7f4db4f0d374
    7f4db4f0ce67:	4c 8b 54 24 60       	mov    r10,QWORD PTR [rsp+0x60]
    7f4db4f0ce6c:	c4 01 12 5a 6c aa 10 	vcvtss2sd xmm13,xmm13,DWORD PTR [r10+r13*4+0x10]
    7f4db4f0ce73:	44 3b 4c 24 20       	cmp    r9d,DWORD PTR [rsp+0x20]
    7f4db4f0ce78:	0f 83 66 05 00 00    	jae    0x7f4db4f0d3e4
    7f4db4f0ce7e:	4c 8b 54 24 28       	mov    r10,QWORD PTR [rsp+0x28]
    7f4db4f0ce83:	c4 01 0a 5a 74 aa 10 	vcvtss2sd xmm14,xmm14,DWORD PTR [r10+r13*4+0x10]
    7f4db4f0ce8a:	4c 8b 54 24 08       	mov    r10,QWORD PTR [rsp+0x8]
    7f4db4f0ce8f:	49 b8 15 7c 4a 7f b9 	movabs r8,0x9e3779b97f4a7c15
    7f4db4f0ce96:	79 37 9e 
    7f4db4f0ce99:	4d 03 d0             	add    r10,r8
    7f4db4f0ce9c:	4c 89 54 24 08       	mov    QWORD PTR [rsp+0x8],r10
    7f4db4f0cea1:	c4 41 23 5c ce       	vsubsd xmm9,xmm11,xmm14
    7f4db4f0cea6:	c4 41 1b 5c d5       	vsubsd xmm10,xmm12,xmm13
    7f4db4f0ceab:	c4 41 33 59 c9       	vmulsd xmm9,xmm9,xmm9
    7f4db4f0ceb0:	c4 41 2b 59 d2       	vmulsd xmm10,xmm10,xmm10
    7f4db4f0ceb5:	c4 41 23 58 de       	vaddsd xmm11,xmm11,xmm14
    7f4db4f0ceba:	c4 41 1b 58 e5       	vaddsd xmm12,xmm12,xmm13
    7f4db4f0cebf:	49 c1 ea 1e          	shr    r10,0x1e
    7f4db4f0cec3:	4c 33 54 24 08       	xor    r10,QWORD PTR [rsp+0x8]
    7f4db4f0cec8:	49 b8 b9 e5 e4 1c 6d 	movabs r8,0xbf58476d1ce4e5b9
    7f4db4f0cecf:	47 58 bf 
    7f4db4f0ced2:	4d 0f af d0          	imul   r10,r8
    7f4db4f0ced6:	4d 8b c2             	mov    r8,r10
    7f4db4f0ced9:	49 c1 e8 1b          	shr    r8,0x1b
    7f4db4f0cedd:	4d 33 c2             	xor    r8,r10
    7f4db4f0cee0:	49 ba eb 11 31 13 bb 	movabs r10,0x94d049bb133111eb
    7f4db4f0cee7:	49 d0 94 
    7f4db4f0ceea:	4d 0f af c2          	imul   r8,r10
    7f4db4f0ceee:	4d 8b d0             	mov    r10,r8
    7f4db4f0cef1:	49 c1 ea 1f          	shr    r10,0x1f
    7f4db4f0cef5:	4d 33 d0             	xor    r10,r8
    7f4db4f0cef8:	49 c1 ea 0b          	shr    r10,0xb
    7f4db4f0cefc:	c4 41 8b 2a f2       	vcvtsi2sd xmm14,xmm14,r10
    7f4db4f0cf01:	c4 41 1b 59 ec       	vmulsd xmm13,xmm12,xmm12
    7f4db4f0cf06:	c5 0b 59 35 b2 fc ff 	vmulsd xmm14,xmm14,QWORD PTR [rip+0xfffffffffffffcb2]        # 0x7f4db4f0cbc0
    7f4db4f0cf0d:	ff 
    7f4db4f0cf0e:	c5 4b 58 ff          	vaddsd xmm15,xmm6,xmm7
    7f4db4f0cf12:	c5 cb 5c f7          	vsubsd xmm6,xmm6,xmm7
    7f4db4f0cf16:	c4 c1 03 59 ff       	vmulsd xmm7,xmm15,xmm15
    7f4db4f0cf1b:	c5 cb 59 f6          	vmulsd xmm6,xmm6,xmm6
    7f4db4f0cf1f:	c4 c1 43 58 fd       	vaddsd xmm7,xmm7,xmm13
    7f4db4f0cf24:	c4 c1 4b 58 f2       	vaddsd xmm6,xmm6,xmm10
    7f4db4f0cf29:	c4 c1 4b 58 f1       	vaddsd xmm6,xmm6,xmm9
    7f4db4f0cf2e:	c5 4b 59 0d 92 fc ff 	vmulsd xmm9,xmm6,QWORD PTR [rip+0xfffffffffffffc92]        # 0x7f4db4f0cbc8
    7f4db4f0cf35:	ff 
    7f4db4f0cf36:	c4 c1 23 59 f3       	vmulsd xmm6,xmm11,xmm11
    7f4db4f0cf3b:	c5 c3 58 f6          	vaddsd xmm6,xmm7,xmm6
    7f4db4f0cf3f:	c5 b3 59 3d 89 fc ff 	vmulsd xmm7,xmm9,QWORD PTR [rip+0xfffffffffffffc89]        # 0x7f4db4f0cbd0
    7f4db4f0cf46:	ff 
    7f4db4f0cf47:	c4 41 0b 5c c9       	vsubsd xmm9,xmm14,xmm9
    7f4db4f0cf4c:	c4 41 f9 7e c8       	vmovq  r8,xmm9
    7f4db4f0cf51:	c5 8b 5c ff          	vsubsd xmm7,xmm14,xmm7
    7f4db4f0cf55:	c4 c1 f9 7e fa       	vmovq  r10,xmm7
    7f4db4f0cf5a:	49 c1 ea 3f          	shr    r10,0x3f
    7f4db4f0cf5e:	45 8b d2             	mov    r10d,r10d
    7f4db4f0cf61:	c5 cb 5c 3d 6f fc ff 	vsubsd xmm7,xmm6,QWORD PTR [rip+0xfffffffffffffc6f]        # 0x7f4db4f0cbd8
    7f4db4f0cf68:	ff 
    7f4db4f0cf69:	c4 e1 f9 7e f9       	vmovq  rcx,xmm7
    7f4db4f0cf6e:	4c 0b c1             	or     r8,rcx
    7f4db4f0cf71:	c5 cb 51 f6          	vsqrtsd xmm6,xmm6,xmm6
    7f4db4f0cf75:	c5 bb 5e f6          	vdivsd xmm6,xmm8,xmm6
    7f4db4f0cf79:	c5 83 59 fe          	vmulsd xmm7,xmm15,xmm6
    7f4db4f0cf7d:	c5 23 59 d6          	vmulsd xmm10,xmm11,xmm6
    7f4db4f0cf81:	c5 9b 59 f6          	vmulsd xmm6,xmm12,xmm6
    7f4db4f0cf85:	49 c1 e8 3f          	shr    r8,0x3f
    7f4db4f0cf89:	c5 33 5a ce          	vcvtsd2ss xmm9,xmm9,xmm6
    7f4db4f0cf8d:	c5 79 7e ce          	vmovd  esi,xmm9
    7f4db4f0cf91:	45 8b c0             	mov    r8d,r8d
    7f4db4f0cf94:	41 8b e8             	mov    ebp,r8d
    7f4db4f0cf97:	41 23 ea             	and    ebp,r10d
    7f4db4f0cf9a:	c4 c1 4b 5a f2       	vcvtsd2ss xmm6,xmm6,xmm10
    7f4db4f0cf9f:	c5 f9 7e f3          	vmovd  ebx,xmm6
    7f4db4f0cfa3:	41 8b c8             	mov    ecx,r8d
    7f4db4f0cfa6:	83 f1 01             	xor    ecx,0x1
    7f4db4f0cfa9:	c5 c3 5a ff          	vcvtsd2ss xmm7,xmm7,xmm7
    7f4db4f0cfad:	c5 f9 7e fa          	vmovd  edx,xmm7
    7f4db4f0cfb1:	8b f9                	mov    edi,ecx
    7f4db4f0cfb3:	f7 df                	neg    edi
    7f4db4f0cfb5:	23 df                	and    ebx,edi
    7f4db4f0cfb7:	23 f7                	and    esi,edi
    7f4db4f0cfb9:	23 d7                	and    edx,edi
    7f4db4f0cfbb:	48 8b 7c 24 58       	mov    rdi,QWORD PTR [rsp+0x58]
    7f4db4f0cfc0:	89 54 87 10          	mov    DWORD PTR [rdi+rax*4+0x10],edx
    7f4db4f0cfc4:	48 8b 7c 24 60       	mov    rdi,QWORD PTR [rsp+0x60]
    7f4db4f0cfc9:	89 74 87 10          	mov    DWORD PTR [rdi+rax*4+0x10],esi
    7f4db4f0cfcd:	48 8b 7c 24 28       	mov    rdi,QWORD PTR [rsp+0x28]
    7f4db4f0cfd2:	89 5c 87 10          	mov    DWORD PTR [rdi+rax*4+0x10],ebx
    7f4db4f0cfd6:	48 8b 7c 24 58       	mov    rdi,QWORD PTR [rsp+0x58]
    7f4db4f0cfdb:	42 89 54 af 10       	mov    DWORD PTR [rdi+r13*4+0x10],edx
    7f4db4f0cfe0:	48 8b 7c 24 60       	mov    rdi,QWORD PTR [rsp+0x60]
    7f4db4f0cfe5:	42 89 74 af 10       	mov    DWORD PTR [rdi+r13*4+0x10],esi
    7f4db4f0cfea:	48 8b 7c 24 28       	mov    rdi,QWORD PTR [rsp+0x28]
    7f4db4f0cfef:	42 89 5c af 10       	mov    DWORD PTR [rdi+r13*4+0x10],ebx
    7f4db4f0cff4:	8b f9                	mov    edi,ecx
    7f4db4f0cff6:	d1 e7                	shl    edi,1
    7f4db4f0cff8:	8b f7                	mov    esi,edi
    7f4db4f0cffa:	0b f5                	or     esi,ebp
    7f4db4f0cffc:	44 3b 5c 24 24       	cmp    r11d,DWORD PTR [rsp+0x24]
    7f4db4f0d001:	0f 83 5d 04 00 00    	jae    0x7f4db4f0d464
    7f4db4f0d007:	4c 8b 54 24 48       	mov    r10,QWORD PTR [rsp+0x48]
    7f4db4f0d00c:	41 88 74 02 10       	mov    BYTE PTR [r10+rax*1+0x10],sil
    7f4db4f0d011:	44 33 c5             	xor    r8d,ebp
    7f4db4f0d014:	44 0b c7             	or     r8d,edi
    7f4db4f0d017:	44 3b 4c 24 24       	cmp    r9d,DWORD PTR [rsp+0x24]
    7f4db4f0d01c:	0f 83 a2 04 00 00    	jae    0x7f4db4f0d4c4
    7f4db4f0d022:	47 88 44 2a 10       	mov    BYTE PTR [r10+r13*1+0x10],r8b
    7f4db4f0d027:	c4 c2 88 f3 ce       	blsr   r14,r14
    7f4db4f0d02c:	4d 8b 97 48 03 00 00 	mov    r10,QWORD PTR [r15+0x348]
    7f4db4f0d033:	41 85 02             	test   DWORD PTR [r10],eax
    7f4db4f0d036:	4d 85 f6             	test   r14,r14
    7f4db4f0d039:	0f 84 fa fc ff ff    	je     0x7f4db4f0cd39
    7f4db4f0d03f:	e9 2c fd ff ff       	jmp    0x7f4db4f0cd70
    7f4db4f0d044:	48 8b 44 24 08       	mov    rax,QWORD PTR [rsp+0x8]
    7f4db4f0d049:	48 81 c4 80 00 00 00 	add    rsp,0x80
    7f4db4f0d050:	5d                   	pop    rbp
    7f4db4f0d051:	49 3b a7 40 03 00 00 	cmp    rsp,QWORD PTR [r15+0x340]
    7f4db4f0d058:	0f 87 7a 05 00 00    	ja     0x7f4db4f0d5d8
    7f4db4f0d05e:	c3                   	ret
    7f4db4f0d05f:	48 8b 44 24 08       	mov    rax,QWORD PTR [rsp+0x8]
    7f4db4f0d064:	eb e3                	jmp    0x7f4db4f0d049
    7f4db4f0d066:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f4db4f0d06b:	c5 f9 7e cd          	vmovd  ebp,xmm1
    7f4db4f0d06f:	4c 8b 54 24 08       	mov    r10,QWORD PTR [rsp+0x8]
    7f4db4f0d074:	4c 89 14 24          	mov    QWORD PTR [rsp],r10
    7f4db4f0d078:	44 8b 54 24 14       	mov    r10d,DWORD PTR [rsp+0x14]
    7f4db4f0d07d:	44 89 54 24 08       	mov    DWORD PTR [rsp+0x8],r10d
    7f4db4f0d082:	44 8b 44 24 10       	mov    r8d,DWORD PTR [rsp+0x10]
    7f4db4f0d087:	44 89 44 24 0c       	mov    DWORD PTR [rsp+0xc],r8d
    7f4db4f0d08c:	4c 89 74 24 18       	mov    QWORD PTR [rsp+0x18],r14
    7f4db4f0d091:	44 89 5c 24 20       	mov    DWORD PTR [rsp+0x20],r11d
    7f4db4f0d096:	c5 fa 11 54 24 24    	vmovss DWORD PTR [rsp+0x24],xmm2
    7f4db4f0d09c:	c5 fa 11 64 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm4
    7f4db4f0d0a2:	c5 fa 11 5c 24 30    	vmovss DWORD PTR [rsp+0x30],xmm3
    7f4db4f0d0a8:	c5 fa 11 6c 24 3c    	vmovss DWORD PTR [rsp+0x3c],xmm5
    7f4db4f0d0ae:	c5 fa 11 44 24 40    	vmovss DWORD PTR [rsp+0x40],xmm0
    7f4db4f0d0b4:	66 66 90             	data16 xchg ax,ax
    7f4db4f0d0b7:	e8 44 12 a8 ff       	call   0x7f4db498e300
    7f4db4f0d0bc:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f4db4f0d0c1:	c5 f9 7e cd          	vmovd  ebp,xmm1
    7f4db4f0d0c5:	4c 8b 5c 24 08       	mov    r11,QWORD PTR [rsp+0x8]
    7f4db4f0d0ca:	4c 89 1c 24          	mov    QWORD PTR [rsp],r11
    7f4db4f0d0ce:	44 8b 5c 24 14       	mov    r11d,DWORD PTR [rsp+0x14]
    7f4db4f0d0d3:	44 89 5c 24 08       	mov    DWORD PTR [rsp+0x8],r11d
    7f4db4f0d0d8:	44 8b 5c 24 10       	mov    r11d,DWORD PTR [rsp+0x10]
    7f4db4f0d0dd:	44 89 5c 24 0c       	mov    DWORD PTR [rsp+0xc],r11d
    7f4db4f0d0e2:	4c 89 74 24 18       	mov    QWORD PTR [rsp+0x18],r14
    7f4db4f0d0e7:	89 5c 24 14          	mov    DWORD PTR [rsp+0x14],ebx
    7f4db4f0d0eb:	44 89 54 24 20       	mov    DWORD PTR [rsp+0x20],r10d
    7f4db4f0d0f0:	c5 fa 11 54 24 24    	vmovss DWORD PTR [rsp+0x24],xmm2
    7f4db4f0d0f6:	c5 fa 11 64 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm4
    7f4db4f0d0fc:	c5 fa 11 5c 24 30    	vmovss DWORD PTR [rsp+0x30],xmm3
    7f4db4f0d102:	c5 fa 11 6c 24 3c    	vmovss DWORD PTR [rsp+0x3c],xmm5
    7f4db4f0d108:	c5 fa 11 44 24 40    	vmovss DWORD PTR [rsp+0x40],xmm0
    7f4db4f0d10e:	90                   	nop
    7f4db4f0d10f:	e8 ec 11 a8 ff       	call   0x7f4db498e300
    7f4db4f0d114:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f4db4f0d119:	8b e9                	mov    ebp,ecx
    7f4db4f0d11b:	4c 8b 54 24 08       	mov    r10,QWORD PTR [rsp+0x8]
    7f4db4f0d120:	4c 89 14 24          	mov    QWORD PTR [rsp],r10
    7f4db4f0d124:	44 8b 5c 24 14       	mov    r11d,DWORD PTR [rsp+0x14]
    7f4db4f0d129:	44 89 5c 24 08       	mov    DWORD PTR [rsp+0x8],r11d
    7f4db4f0d12e:	44 8b 5c 24 10       	mov    r11d,DWORD PTR [rsp+0x10]
    7f4db4f0d133:	44 89 5c 24 0c       	mov    DWORD PTR [rsp+0xc],r11d
    7f4db4f0d138:	4c 89 74 24 18       	mov    QWORD PTR [rsp+0x18],r14
    7f4db4f0d13d:	89 5c 24 14          	mov    DWORD PTR [rsp+0x14],ebx
    7f4db4f0d141:	44 89 44 24 20       	mov    DWORD PTR [rsp+0x20],r8d
    7f4db4f0d146:	44 89 4c 24 24       	mov    DWORD PTR [rsp+0x24],r9d
    7f4db4f0d14b:	c5 fa 11 44 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm0
    7f4db4f0d151:	c5 fa 11 64 24 30    	vmovss DWORD PTR [rsp+0x30],xmm4
    7f4db4f0d157:	c5 fa 11 5c 24 34    	vmovss DWORD PTR [rsp+0x34],xmm3
    7f4db4f0d15d:	c5 fa 11 6c 24 40    	vmovss DWORD PTR [rsp+0x40],xmm5
    7f4db4f0d163:	c5 fa 11 54 24 44    	vmovss DWORD PTR [rsp+0x44],xmm2
    7f4db4f0d169:	66 90                	xchg   ax,ax
    7f4db4f0d16b:	e8 90 11 a8 ff       	call   0x7f4db498e300
    7f4db4f0d170:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f4db4f0d175:	8b e9                	mov    ebp,ecx
    7f4db4f0d177:	4c 8b 4c 24 08       	mov    r9,QWORD PTR [rsp+0x8]
    7f4db4f0d17c:	4c 89 0c 24          	mov    QWORD PTR [rsp],r9
    7f4db4f0d180:	44 8b 4c 24 14       	mov    r9d,DWORD PTR [rsp+0x14]
    7f4db4f0d185:	44 89 4c 24 08       	mov    DWORD PTR [rsp+0x8],r9d
    7f4db4f0d18a:	44 8b 4c 24 10       	mov    r9d,DWORD PTR [rsp+0x10]
    7f4db4f0d18f:	44 89 4c 24 0c       	mov    DWORD PTR [rsp+0xc],r9d
    7f4db4f0d194:	4c 89 74 24 18       	mov    QWORD PTR [rsp+0x18],r14
    7f4db4f0d199:	44 89 44 24 14       	mov    DWORD PTR [rsp+0x14],r8d
    7f4db4f0d19e:	44 89 5c 24 20       	mov    DWORD PTR [rsp+0x20],r11d
    7f4db4f0d1a3:	44 89 54 24 24       	mov    DWORD PTR [rsp+0x24],r10d
    7f4db4f0d1a8:	c5 fa 11 44 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm0
    7f4db4f0d1ae:	c5 fa 11 64 24 30    	vmovss DWORD PTR [rsp+0x30],xmm4
    7f4db4f0d1b4:	c5 fa 11 5c 24 34    	vmovss DWORD PTR [rsp+0x34],xmm3
    7f4db4f0d1ba:	c5 fa 11 6c 24 40    	vmovss DWORD PTR [rsp+0x40],xmm5
    7f4db4f0d1c0:	c5 fa 11 54 24 44    	vmovss DWORD PTR [rsp+0x44],xmm2
    7f4db4f0d1c6:	90                   	nop
    7f4db4f0d1c7:	e8 34 11 a8 ff       	call   0x7f4db498e300
    7f4db4f0d1cc:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f4db4f0d1d1:	8b e9                	mov    ebp,ecx
    7f4db4f0d1d3:	4c 8b 54 24 08       	mov    r10,QWORD PTR [rsp+0x8]
    7f4db4f0d1d8:	4c 89 14 24          	mov    QWORD PTR [rsp],r10
    7f4db4f0d1dc:	44 8b 44 24 14       	mov    r8d,DWORD PTR [rsp+0x14]
    7f4db4f0d1e1:	44 89 44 24 08       	mov    DWORD PTR [rsp+0x8],r8d
    7f4db4f0d1e6:	44 8b 44 24 10       	mov    r8d,DWORD PTR [rsp+0x10]
    7f4db4f0d1eb:	44 89 44 24 0c       	mov    DWORD PTR [rsp+0xc],r8d
    7f4db4f0d1f0:	4c 89 74 24 18       	mov    QWORD PTR [rsp+0x18],r14
    7f4db4f0d1f5:	44 89 4c 24 20       	mov    DWORD PTR [rsp+0x20],r9d
    7f4db4f0d1fa:	44 89 5c 24 24       	mov    DWORD PTR [rsp+0x24],r11d
    7f4db4f0d1ff:	c5 fa 11 54 24 28    	vmovss DWORD PTR [rsp+0x28],xmm2
    7f4db4f0d205:	c5 fa 11 44 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm0
    7f4db4f0d20b:	c5 fa 11 64 24 30    	vmovss DWORD PTR [rsp+0x30],xmm4
    7f4db4f0d211:	c5 fa 11 5c 24 34    	vmovss DWORD PTR [rsp+0x34],xmm3
    7f4db4f0d217:	44 8b 5c 24 54       	mov    r11d,DWORD PTR [rsp+0x54]
    7f4db4f0d21c:	c5 fa 11 6c 24 40    	vmovss DWORD PTR [rsp+0x40],xmm5
    7f4db4f0d222:	44 89 5c 24 44       	mov    DWORD PTR [rsp+0x44],r11d
    7f4db4f0d227:	e8 d4 10 a8 ff       	call   0x7f4db498e300
    7f4db4f0d22c:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f4db4f0d231:	8b e9                	mov    ebp,ecx
    7f4db4f0d233:	4c 8b 54 24 08       	mov    r10,QWORD PTR [rsp+0x8]
    7f4db4f0d238:	4c 89 14 24          	mov    QWORD PTR [rsp],r10
    7f4db4f0d23c:	44 8b 54 24 14       	mov    r10d,DWORD PTR [rsp+0x14]
    7f4db4f0d241:	44 89 54 24 08       	mov    DWORD PTR [rsp+0x8],r10d
    7f4db4f0d246:	44 8b 54 24 10       	mov    r10d,DWORD PTR [rsp+0x10]
    7f4db4f0d24b:	44 89 54 24 0c       	mov    DWORD PTR [rsp+0xc],r10d
    7f4db4f0d250:	4c 89 74 24 18       	mov    QWORD PTR [rsp+0x18],r14
    7f4db4f0d255:	44 89 4c 24 20       	mov    DWORD PTR [rsp+0x20],r9d
    7f4db4f0d25a:	c5 fb 11 74 24 28    	vmovsd QWORD PTR [rsp+0x28],xmm6
    7f4db4f0d260:	44 89 5c 24 24       	mov    DWORD PTR [rsp+0x24],r11d
    7f4db4f0d265:	c5 fa 11 54 24 30    	vmovss DWORD PTR [rsp+0x30],xmm2
    7f4db4f0d26b:	c5 fa 11 44 24 34    	vmovss DWORD PTR [rsp+0x34],xmm0
    7f4db4f0d271:	c5 fa 11 64 24 38    	vmovss DWORD PTR [rsp+0x38],xmm4
    7f4db4f0d277:	c5 fa 11 5c 24 3c    	vmovss DWORD PTR [rsp+0x3c],xmm3
    7f4db4f0d27d:	44 8b 5c 24 50       	mov    r11d,DWORD PTR [rsp+0x50]
    7f4db4f0d282:	c5 fa 11 6c 24 48    	vmovss DWORD PTR [rsp+0x48],xmm5
    7f4db4f0d288:	44 89 5c 24 4c       	mov    DWORD PTR [rsp+0x4c],r11d
    7f4db4f0d28d:	66 90                	xchg   ax,ax
    7f4db4f0d28f:	e8 6c 10 a8 ff       	call   0x7f4db498e300
    7f4db4f0d294:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f4db4f0d299:	8b e9                	mov    ebp,ecx
    7f4db4f0d29b:	4c 8b 54 24 08       	mov    r10,QWORD PTR [rsp+0x8]
    7f4db4f0d2a0:	4c 89 14 24          	mov    QWORD PTR [rsp],r10
    7f4db4f0d2a4:	44 8b 44 24 14       	mov    r8d,DWORD PTR [rsp+0x14]
    7f4db4f0d2a9:	44 89 44 24 08       	mov    DWORD PTR [rsp+0x8],r8d
    7f4db4f0d2ae:	44 8b 44 24 10       	mov    r8d,DWORD PTR [rsp+0x10]
    7f4db4f0d2b3:	44 89 44 24 0c       	mov    DWORD PTR [rsp+0xc],r8d
    7f4db4f0d2b8:	4c 89 74 24 18       	mov    QWORD PTR [rsp+0x18],r14
    7f4db4f0d2bd:	44 89 4c 24 20       	mov    DWORD PTR [rsp+0x20],r9d
    7f4db4f0d2c2:	c5 fb 11 74 24 28    	vmovsd QWORD PTR [rsp+0x28],xmm6
    7f4db4f0d2c8:	c5 7b 11 64 24 30    	vmovsd QWORD PTR [rsp+0x30],xmm12
    7f4db4f0d2ce:	44 89 5c 24 24       	mov    DWORD PTR [rsp+0x24],r11d
    7f4db4f0d2d3:	c5 fa 11 54 24 38    	vmovss DWORD PTR [rsp+0x38],xmm2
    7f4db4f0d2d9:	c5 fa 11 44 24 3c    	vmovss DWORD PTR [rsp+0x3c],xmm0
    7f4db4f0d2df:	c5 fa 11 64 24 40    	vmovss DWORD PTR [rsp+0x40],xmm4
    7f4db4f0d2e5:	c5 fa 11 5c 24 44    	vmovss DWORD PTR [rsp+0x44],xmm3
    7f4db4f0d2eb:	44 8b 54 24 54       	mov    r10d,DWORD PTR [rsp+0x54]
    7f4db4f0d2f0:	44 89 54 24 48       	mov    DWORD PTR [rsp+0x48],r10d
    7f4db4f0d2f5:	44 8b 5c 24 50       	mov    r11d,DWORD PTR [rsp+0x50]
    7f4db4f0d2fa:	44 89 5c 24 4c       	mov    DWORD PTR [rsp+0x4c],r11d
    7f4db4f0d2ff:	c5 fa 11 6c 24 54    	vmovss DWORD PTR [rsp+0x54],xmm5
    7f4db4f0d305:	66 90                	xchg   ax,ax
    7f4db4f0d307:	e8 f4 0f a8 ff       	call   0x7f4db498e300
    7f4db4f0d30c:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f4db4f0d311:	8b e9                	mov    ebp,ecx
    7f4db4f0d313:	4c 8b 54 24 08       	mov    r10,QWORD PTR [rsp+0x8]
    7f4db4f0d318:	4c 89 14 24          	mov    QWORD PTR [rsp],r10
    7f4db4f0d31c:	44 8b 54 24 14       	mov    r10d,DWORD PTR [rsp+0x14]
    7f4db4f0d321:	44 89 54 24 08       	mov    DWORD PTR [rsp+0x8],r10d
    7f4db4f0d326:	44 8b 54 24 10       	mov    r10d,DWORD PTR [rsp+0x10]
    7f4db4f0d32b:	44 89 54 24 0c       	mov    DWORD PTR [rsp+0xc],r10d
    7f4db4f0d330:	4c 89 74 24 18       	mov    QWORD PTR [rsp+0x18],r14
    7f4db4f0d335:	44 89 5c 24 14       	mov    DWORD PTR [rsp+0x14],r11d
    7f4db4f0d33a:	c5 fb 11 74 24 28    	vmovsd QWORD PTR [rsp+0x28],xmm6
    7f4db4f0d340:	c5 7b 11 64 24 30    	vmovsd QWORD PTR [rsp+0x30],xmm12
    7f4db4f0d346:	c5 7b 11 5c 24 38    	vmovsd QWORD PTR [rsp+0x38],xmm11
    7f4db4f0d34c:	44 89 4c 24 24       	mov    DWORD PTR [rsp+0x24],r9d
    7f4db4f0d351:	c5 fa 11 54 24 40    	vmovss DWORD PTR [rsp+0x40],xmm2
    7f4db4f0d357:	c5 fa 11 44 24 44    	vmovss DWORD PTR [rsp+0x44],xmm0
    7f4db4f0d35d:	c5 fa 11 64 24 48    	vmovss DWORD PTR [rsp+0x48],xmm4
    7f4db4f0d363:	c5 fa 11 5c 24 4c    	vmovss DWORD PTR [rsp+0x4c],xmm3
    7f4db4f0d369:	c5 fa 11 6c 24 58    	vmovss DWORD PTR [rsp+0x58],xmm5
    7f4db4f0d36f:	e8 8c 0f a8 ff       	call   0x7f4db498e300
    7f4db4f0d374:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f4db4f0d379:	8b e9                	mov    ebp,ecx
    7f4db4f0d37b:	4c 8b 54 24 08       	mov    r10,QWORD PTR [rsp+0x8]
    7f4db4f0d380:	4c 89 14 24          	mov    QWORD PTR [rsp],r10
    7f4db4f0d384:	44 8b 44 24 14       	mov    r8d,DWORD PTR [rsp+0x14]
    7f4db4f0d389:	44 89 44 24 08       	mov    DWORD PTR [rsp+0x8],r8d
    7f4db4f0d38e:	44 8b 44 24 10       	mov    r8d,DWORD PTR [rsp+0x10]
    7f4db4f0d393:	44 89 44 24 0c       	mov    DWORD PTR [rsp+0xc],r8d
    7f4db4f0d398:	4c 89 74 24 18       	mov    QWORD PTR [rsp+0x18],r14
    7f4db4f0d39d:	44 89 5c 24 14       	mov    DWORD PTR [rsp+0x14],r11d
    7f4db4f0d3a2:	c5 fb 11 74 24 28    	vmovsd QWORD PTR [rsp+0x28],xmm6
    7f4db4f0d3a8:	c5 7b 11 64 24 30    	vmovsd QWORD PTR [rsp+0x30],xmm12
    7f4db4f0d3ae:	c5 7b 11 5c 24 38    	vmovsd QWORD PTR [rsp+0x38],xmm11
    7f4db4f0d3b4:	c5 fb 11 7c 24 40    	vmovsd QWORD PTR [rsp+0x40],xmm7
    7f4db4f0d3ba:	44 89 4c 24 24       	mov    DWORD PTR [rsp+0x24],r9d
    7f4db4f0d3bf:	c5 fa 11 54 24 48    	vmovss DWORD PTR [rsp+0x48],xmm2
    7f4db4f0d3c5:	c5 fa 11 44 24 4c    	vmovss DWORD PTR [rsp+0x4c],xmm0
    7f4db4f0d3cb:	c5 fa 11 64 24 58    	vmovss DWORD PTR [rsp+0x58],xmm4
    7f4db4f0d3d1:	c5 fa 11 5c 24 5c    	vmovss DWORD PTR [rsp+0x5c],xmm3
    7f4db4f0d3d7:	c5 fa 11 6c 24 60    	vmovss DWORD PTR [rsp+0x60],xmm5
    7f4db4f0d3dd:	66 90                	xchg   ax,ax
    7f4db4f0d3df:	e8 1c 0f a8 ff       	call   0x7f4db498e300
    7f4db4f0d3e4:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f4db4f0d3e9:	8b e9                	mov    ebp,ecx
    7f4db4f0d3eb:	4c 8b 54 24 08       	mov    r10,QWORD PTR [rsp+0x8]
    7f4db4f0d3f0:	4c 89 14 24          	mov    QWORD PTR [rsp],r10
    7f4db4f0d3f4:	44 8b 54 24 14       	mov    r10d,DWORD PTR [rsp+0x14]
    7f4db4f0d3f9:	44 89 54 24 08       	mov    DWORD PTR [rsp+0x8],r10d
    7f4db4f0d3fe:	44 8b 54 24 10       	mov    r10d,DWORD PTR [rsp+0x10]
    7f4db4f0d403:	44 89 54 24 0c       	mov    DWORD PTR [rsp+0xc],r10d
    7f4db4f0d408:	44 8b 54 24 6c       	mov    r10d,DWORD PTR [rsp+0x6c]
    7f4db4f0d40d:	44 89 54 24 10       	mov    DWORD PTR [rsp+0x10],r10d
    7f4db4f0d412:	4c 89 74 24 18       	mov    QWORD PTR [rsp+0x18],r14
    7f4db4f0d417:	44 89 5c 24 14       	mov    DWORD PTR [rsp+0x14],r11d
    7f4db4f0d41c:	c5 fb 11 74 24 28    	vmovsd QWORD PTR [rsp+0x28],xmm6
    7f4db4f0d422:	c5 7b 11 64 24 30    	vmovsd QWORD PTR [rsp+0x30],xmm12
    7f4db4f0d428:	c5 7b 11 5c 24 38    	vmovsd QWORD PTR [rsp+0x38],xmm11
    7f4db4f0d42e:	c5 fb 11 7c 24 40    	vmovsd QWORD PTR [rsp+0x40],xmm7
    7f4db4f0d434:	c5 7b 11 6c 24 48    	vmovsd QWORD PTR [rsp+0x48],xmm13
    7f4db4f0d43a:	44 89 4c 24 24       	mov    DWORD PTR [rsp+0x24],r9d
    7f4db4f0d43f:	c5 fa 11 54 24 58    	vmovss DWORD PTR [rsp+0x58],xmm2
    7f4db4f0d445:	c5 fa 11 44 24 5c    	vmovss DWORD PTR [rsp+0x5c],xmm0
    7f4db4f0d44b:	c5 fa 11 64 24 60    	vmovss DWORD PTR [rsp+0x60],xmm4
    7f4db4f0d451:	c5 fa 11 5c 24 64    	vmovss DWORD PTR [rsp+0x64],xmm3
    7f4db4f0d457:	c5 fa 11 6c 24 6c    	vmovss DWORD PTR [rsp+0x6c],xmm5
    7f4db4f0d45d:	66 90                	xchg   ax,ax
    7f4db4f0d45f:	e8 9c 0e a8 ff       	call   0x7f4db498e300
    7f4db4f0d464:	40 0f be ee          	movsx  ebp,sil
    7f4db4f0d468:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f4db4f0d46d:	c5 fa 11 0c 24       	vmovss DWORD PTR [rsp],xmm1
    7f4db4f0d472:	8b 5c 24 14          	mov    ebx,DWORD PTR [rsp+0x14]
    7f4db4f0d476:	89 5c 24 04          	mov    DWORD PTR [rsp+0x4],ebx
    7f4db4f0d47a:	4c 89 74 24 18       	mov    QWORD PTR [rsp+0x18],r14
    7f4db4f0d47f:	44 89 4c 24 20       	mov    DWORD PTR [rsp+0x20],r9d
    7f4db4f0d484:	44 89 44 24 24       	mov    DWORD PTR [rsp+0x24],r8d
    7f4db4f0d489:	44 89 54 24 28       	mov    DWORD PTR [rsp+0x28],r10d
    7f4db4f0d48e:	89 4c 24 2c          	mov    DWORD PTR [rsp+0x2c],ecx
    7f4db4f0d492:	44 89 5c 24 30       	mov    DWORD PTR [rsp+0x30],r11d
    7f4db4f0d497:	c5 fa 11 54 24 34    	vmovss DWORD PTR [rsp+0x34],xmm2
    7f4db4f0d49d:	c5 fa 11 44 24 38    	vmovss DWORD PTR [rsp+0x38],xmm0
    7f4db4f0d4a3:	c5 fa 11 64 24 3c    	vmovss DWORD PTR [rsp+0x3c],xmm4
    7f4db4f0d4a9:	44 8b 54 24 50       	mov    r10d,DWORD PTR [rsp+0x50]
    7f4db4f0d4ae:	44 89 54 24 48       	mov    DWORD PTR [rsp+0x48],r10d
    7f4db4f0d4b3:	c5 fa 11 6c 24 4c    	vmovss DWORD PTR [rsp+0x4c],xmm5
    7f4db4f0d4b9:	c5 fa 11 5c 24 50    	vmovss DWORD PTR [rsp+0x50],xmm3
    7f4db4f0d4bf:	e8 3c 0e a8 ff       	call   0x7f4db498e300
    7f4db4f0d4c4:	41 0f be e8          	movsx  ebp,r8b
    7f4db4f0d4c8:	be e4 ff ff ff       	mov    esi,0xffffffe4
    7f4db4f0d4cd:	c5 fa 11 0c 24       	vmovss DWORD PTR [rsp],xmm1
    7f4db4f0d4d2:	44 8b 5c 24 14       	mov    r11d,DWORD PTR [rsp+0x14]
    7f4db4f0d4d7:	44 89 5c 24 04       	mov    DWORD PTR [rsp+0x4],r11d
    7f4db4f0d4dc:	4c 89 74 24 18       	mov    QWORD PTR [rsp+0x18],r14
    7f4db4f0d4e1:	44 89 4c 24 20       	mov    DWORD PTR [rsp+0x20],r9d
    7f4db4f0d4e6:	c5 fa 11 54 24 24    	vmovss DWORD PTR [rsp+0x24],xmm2
    7f4db4f0d4ec:	c5 fa 11 44 24 28    	vmovss DWORD PTR [rsp+0x28],xmm0
    7f4db4f0d4f2:	c5 fa 11 64 24 2c    	vmovss DWORD PTR [rsp+0x2c],xmm4
    7f4db4f0d4f8:	c5 fa 11 6c 24 3c    	vmovss DWORD PTR [rsp+0x3c],xmm5
    7f4db4f0d4fe:	c5 fa 11 5c 24 40    	vmovss DWORD PTR [rsp+0x40],xmm3
    7f4db4f0d504:	66 66 90             	data16 xchg ax,ax
    7f4db4f0d507:	e8 f4 0d a8 ff       	call   0x7f4db498e300
    7f4db4f0d50c:	be 76 ff ff ff       	mov    esi,0xffffff76
    7f4db4f0d511:	c5 fa 11 0c 24       	vmovss DWORD PTR [rsp],xmm1
    7f4db4f0d516:	89 44 24 04          	mov    DWORD PTR [rsp+0x4],eax
    7f4db4f0d51a:	89 54 24 14          	mov    DWORD PTR [rsp+0x14],edx
    7f4db4f0d51e:	89 5c 24 18          	mov    DWORD PTR [rsp+0x18],ebx
    7f4db4f0d522:	89 7c 24 1c          	mov    DWORD PTR [rsp+0x1c],edi
    7f4db4f0d526:	44 89 54 24 20       	mov    DWORD PTR [rsp+0x20],r10d
    7f4db4f0d52b:	44 89 4c 24 24       	mov    DWORD PTR [rsp+0x24],r9d
    7f4db4f0d530:	44 89 44 24 28       	mov    DWORD PTR [rsp+0x28],r8d
    7f4db4f0d535:	44 89 5c 24 2c       	mov    DWORD PTR [rsp+0x2c],r11d
    7f4db4f0d53a:	90                   	nop
    7f4db4f0d53b:	e8 c0 0d a8 ff       	call   0x7f4db498e300
    7f4db4f0d540:	be 45 ff ff ff       	mov    esi,0xffffff45
    7f4db4f0d545:	44 89 04 24          	mov    DWORD PTR [rsp],r8d
    7f4db4f0d549:	89 44 24 04          	mov    DWORD PTR [rsp+0x4],eax
    7f4db4f0d54d:	4c 89 4c 24 18       	mov    QWORD PTR [rsp+0x18],r9
    7f4db4f0d552:	89 54 24 14          	mov    DWORD PTR [rsp+0x14],edx
    7f4db4f0d556:	89 5c 24 20          	mov    DWORD PTR [rsp+0x20],ebx
    7f4db4f0d55a:	89 7c 24 24          	mov    DWORD PTR [rsp+0x24],edi
    7f4db4f0d55e:	44 89 54 24 28       	mov    DWORD PTR [rsp+0x28],r10d
    7f4db4f0d563:	e8 98 0d a8 ff       	call   0x7f4db498e300
    7f4db4f0d568:	be f6 ff ff ff       	mov    esi,0xfffffff6
    7f4db4f0d56d:	66 90                	xchg   ax,ax
    7f4db4f0d56f:	e8 8c 0d a8 ff       	call   0x7f4db498e300
    7f4db4f0d574:	be f6 ff ff ff       	mov    esi,0xfffffff6
    7f4db4f0d579:	66 90                	xchg   ax,ax
    7f4db4f0d57b:	e8 80 0d a8 ff       	call   0x7f4db498e300
    7f4db4f0d580:	45 8b d1             	mov    r10d,r9d
    7f4db4f0d583:	c4 c1 79 7e eb       	vmovd  r11d,xmm5
    7f4db4f0d588:	44 8b 44 24 50       	mov    r8d,DWORD PTR [rsp+0x50]
    7f4db4f0d58d:	44 8b 4c 24 54       	mov    r9d,DWORD PTR [rsp+0x54]
    7f4db4f0d592:	eb 11                	jmp    0x7f4db4f0d5a5
    7f4db4f0d594:	c4 c1 79 7e da       	vmovd  r10d,xmm3
    7f4db4f0d599:	c4 c1 79 7e eb       	vmovd  r11d,xmm5
    7f4db4f0d59e:	eb 05                	jmp    0x7f4db4f0d5a5
    7f4db4f0d5a0:	c4 c1 79 7e da       	vmovd  r10d,xmm3
    7f4db4f0d5a5:	be be ff ff ff       	mov    esi,0xffffffbe
    7f4db4f0d5aa:	c5 fa 11 0c 24       	vmovss DWORD PTR [rsp],xmm1
    7f4db4f0d5af:	89 44 24 04          	mov    DWORD PTR [rsp+0x4],eax
    7f4db4f0d5b3:	89 54 24 14          	mov    DWORD PTR [rsp+0x14],edx
    7f4db4f0d5b7:	89 5c 24 18          	mov    DWORD PTR [rsp+0x18],ebx
    7f4db4f0d5bb:	89 7c 24 1c          	mov    DWORD PTR [rsp+0x1c],edi
    7f4db4f0d5bf:	44 89 54 24 20       	mov    DWORD PTR [rsp+0x20],r10d
    7f4db4f0d5c4:	44 89 4c 24 24       	mov    DWORD PTR [rsp+0x24],r9d
    7f4db4f0d5c9:	44 89 44 24 28       	mov    DWORD PTR [rsp+0x28],r8d
    7f4db4f0d5ce:	44 89 5c 24 2c       	mov    DWORD PTR [rsp+0x2c],r11d
    7f4db4f0d5d3:	e8 28 0d a8 ff       	call   0x7f4db498e300
    7f4db4f0d5d8:	49 ba 51 d0 f0 b4 4d 	movabs r10,0x7f4db4f0d051
    7f4db4f0d5df:	7f 00 00 
    7f4db4f0d5e2:	4d 89 97 58 03 00 00 	mov    QWORD PTR [r15+0x358],r10
    7f4db4f0d5e9:	e9 12 1e a8 ff       	jmp    0x7f4db498f400
    7f4db4f0d5ee:	f4                   	hlt
    7f4db4f0d5ef:	f4                   	hlt
    7f4db4f0d5f0:	f4                   	hlt
    7f4db4f0d5f1:	f4                   	hlt
    7f4db4f0d5f2:	f4                   	hlt
    7f4db4f0d5f3:	f4                   	hlt
    7f4db4f0d5f4:	f4                   	hlt
    7f4db4f0d5f5:	f4                   	hlt
    7f4db4f0d5f6:	f4                   	hlt
    7f4db4f0d5f7:	f4                   	hlt
    7f4db4f0d5f8:	f4                   	hlt
    7f4db4f0d5f9:	f4                   	hlt
    7f4db4f0d5fa:	f4                   	hlt
    7f4db4f0d5fb:	f4                   	hlt
    7f4db4f0d5fc:	f4                   	hlt
    7f4db4f0d5fd:	f4                   	hlt
    7f4db4f0d5fe:	f4                   	hlt
    7f4db4f0d5ff:	f4                   	hlt
    7f4db4f0d600:	e9 fb ec a8 ff       	jmp    0x7f4db499c300
    7f4db4f0d605:	e8 00 00 00 00       	call   0x7f4db4f0d60a
    7f4db4f0d60a:	48 83 2c 24 05       	sub    QWORD PTR [rsp],0x5
    7f4db4f0d60f:	e9 8c 10 a8 ff       	jmp    0x7f4db498e6a0
    7f4db4f0d614:	f4                   	hlt
    7f4db4f0d615:	f4                   	hlt
    7f4db4f0d616:	f4                   	hlt
    7f4db4f0d617:	f4                   	hlt
